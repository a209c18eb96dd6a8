// At phone width the main sections fold under one Menu button (see clearmark.css); without this
// script they stay in one row that scrolls sideways.
document.addEventListener('DOMContentLoaded', () => {
  const nav = document.querySelector('.primary-nav');
  const button = nav?.querySelector('.nav-toggle');
  if (!button) { return; }
  nav.classList.add('collapsible');
  button.hidden = false;
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    nav.classList.toggle('open', open);
  });
});
