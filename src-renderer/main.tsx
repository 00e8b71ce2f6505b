import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { adoptTokenFromLocation } from './api/client';
import { App } from './App';
import './app.css';

// Take the web host's token out of the address bar before anything renders.
adoptTokenFromLocation();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
