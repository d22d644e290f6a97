document.getElementById('root')!.textContent = 'Kasir';
