import { render } from 'preact';
import { App } from './app.tsx';

render(<App />, document.getElementById('app')!);

// A printed page shows every condition of an open finding, however the reader left the folds.
addEventListener('beforeprint', () => {
  for (const d of document.querySelectorAll<HTMLDetailsElement>('details.conditions')) d.open = true;
});
