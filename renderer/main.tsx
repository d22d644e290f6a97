import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { kasir } from './api.ts';
import { KasirApiContext } from './api-context.ts';
import { App } from './App.tsx';
import './styles/base.css';
import './styles/charge.css';
import './styles/choice.css';
import './styles/payment.css';
import './styles/result.css';
import './styles/lifecycle.css';
import './styles/manager.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain <div id="root">.');

createRoot(root).render(
  <StrictMode>
    <KasirApiContext value={kasir}>
      <App />
    </KasirApiContext>
  </StrictMode>,
);
