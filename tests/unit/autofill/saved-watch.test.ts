import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchSaved } from '../../../lib/autofill/saved-watch';
import mvp from '../../../lib/programs/mvp';

/** A portal page in miniature: the filled form in a dialog, a live region for the portal's messages. */
function portal() {
  document.body.innerHTML = `
    <ul id="activities"><li>Older activity</li></ul>
    <div id="toast" role="status">Activity saved successfully.</div>
    <div role="dialog" id="dialog">
      <form id="form"><input id="title" value="Bicep modules"><button type="submit">Save</button><button type="button" id="cancel">Cancel</button></form>
      <div role="alert" id="errors"></div>
    </div>`;
  const form = document.getElementById('form')!;
  form.addEventListener('submit', (event) => event.preventDefault());
  return form;
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 80));
const submit = () => document.querySelector<HTMLButtonElement>('button[type=submit]')!.click();

describe('watchSaved', () => {
  let stop: () => void;
  let onSaved: ReturnType<typeof vi.fn<() => void>>;
  const start = (title?: string) => {
    onSaved = vi.fn<() => void>();
    stop = watchSaved(document, { root: portal(), patterns: mvp.portal!.rules.saved, onSaved, ...(title ? { title: () => title } : {}) });
  };
  beforeEach(() => start());
  afterEach(() => stop());

  it('confirms a submit when the portal says the activity was saved, once', async () => {
    submit();
    document.getElementById('toast')!.textContent = 'Your activity has been added.';
    await settle();
    expect(onSaved).toHaveBeenCalledTimes(1);
    submit();
    document.getElementById('toast')!.textContent = 'Activity saved successfully.';
    await settle();
    expect(onSaved).toHaveBeenCalledTimes(1);
  });

  it('takes nothing from an error, a message that was already there, or a message without a submit', async () => {
    document.getElementById('toast')!.textContent = 'Activity added successfully.';
    await settle();
    expect(onSaved).not.toHaveBeenCalled();
    submit();
    document.getElementById('errors')!.textContent = 'Something went wrong. Your activity was not saved.';
    await settle();
    expect(onSaved).not.toHaveBeenCalled();
    // A click on Cancel is not a submit.
    document.getElementById('cancel')!.click();
    await settle();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('confirms when the form closes and the page lists the filled title', async () => {
    stop();
    start('Bicep modules');
    submit();
    document.getElementById('dialog')!.remove();
    const item = document.createElement('li');
    item.textContent = 'Bicep modules';
    document.getElementById('activities')!.prepend(item);
    await settle();
    expect(onSaved).toHaveBeenCalledTimes(1);
  });

  it('does not take a form closed without its title listed (a cancel) as a save', async () => {
    stop();
    start('Bicep modules');
    submit();
    document.getElementById('dialog')!.remove();
    await settle();
    expect(onSaved).not.toHaveBeenCalled();
  });
});
