import { useEffect, type RefObject } from 'react';

/** After a refused save, puts the keyboard on the first field marked invalid, where the message is. */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>, errors: object) {
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, errors]);
}

/** The key handler that makes Escape close a form, without closing the popup around it. */
export const closeOnEscape = (close: () => void) => (event: { key: string; preventDefault(): void; stopPropagation(): void }) => {
  if (event.key !== 'Escape') return;
  event.preventDefault();
  event.stopPropagation();
  close();
};
