// Light or dark: the visitor's choice (kept in localStorage) over the system's preference.
window.dockTheme = {
  apply(theme) {
    if (theme) document.documentElement.dataset.theme = theme;
    else delete document.documentElement.dataset.theme;
  },
  current() {
    return document.documentElement.dataset.theme
      ?? (window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  },
  toggle() {
    const next = this.current() === 'dark' ? 'light' : 'dark';
    localStorage.setItem('dock-theme', next);
    this.apply(next);
  },
};
dockTheme.apply(localStorage.getItem('dock-theme'));
