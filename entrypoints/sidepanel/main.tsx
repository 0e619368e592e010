import { render } from 'preact';
import { App } from './app.tsx';
import { createPanelClient } from './models/panel-client.ts';

render(
  <App client={createPanelClient()} inPopup={location.pathname.endsWith('/popup.html')} />,
  document.getElementById('app')!,
);
