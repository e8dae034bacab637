import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PlaygroundApp } from './PlaygroundApp';

createRoot(document.getElementById('playground')!).render(
  <StrictMode>
    <PlaygroundApp />
  </StrictMode>,
);
