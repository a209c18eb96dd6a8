// Spring Security expects the CSRF token in a header on every htmx request that changes state.
document.addEventListener('htmx:configRequest', e => {
  const token = document.querySelector('meta[name="_csrf"]')?.content;
  const header = document.querySelector('meta[name="_csrf_header"]')?.content;
  if (token && header) { e.detail.headers[header] = token; }
});
