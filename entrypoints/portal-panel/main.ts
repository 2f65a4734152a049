import { runPanelApp } from '../../lib/autofill/panel-app';

void runPanelApp(document);
