import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { en } from '../i18n/en.ts';
import { registerDictionary } from '../i18n/translate.ts';
import { CustomerApp } from './CustomerApp.tsx';
import type { CustomerApi } from './customer-store.ts';
import '../styles/base.css';
import '../styles/customer.css';

/** The customer display's entry (customer.html): its preload exposes only what CustomerApi names. */
const api: CustomerApi = window.kasir;
// Every line is shown in both languages at once, so the English words come with this page.
registerDictionary('en', en);

const root = document.getElementById('root');
if (!root) throw new Error('customer.html must contain <div id="root">.');

createRoot(root).render(
  <StrictMode>
    <CustomerApp api={api} />
  </StrictMode>,
);
