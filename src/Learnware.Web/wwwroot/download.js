// "Download all": POSTs the ids to the API's zip endpoint and saves the answer; the ids come from the button.
window.dockDownload = {
  async all(button) {
    const ids = button.dataset.ids.split(' ').filter(id => id);
    const response = await fetch('/api/v1/learnwares/download', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ids }),
    });
    if (!response.ok) {
      alert(`The download failed: ${response.status} ${await response.text()}`);
      return;
    }
    const url = URL.createObjectURL(await response.blob());
    const link = Object.assign(document.createElement('a'), { href: url, download: 'learnwares.zip' });
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  },
};
