import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import './styles/base.css';
import './styles/frame.css';
import './styles/search.css';
import './styles/documents.css';
import './styles/document.css';
import './styles/sources.css';
import './styles/ledger.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
