// The customer display in the BUILT main process, against the fake electron module: which window has which role,
// what each may call and hear, and where the customer window goes as monitors come and go. Prints a JSON report
// for test/electron/customer-display.test.ts. FAKE_SCENARIO=start only reports how the windows started.
import { INVOKE_CHANNELS } from '../../../shared/ipc/channels.ts';
import { bootMain, waitFor } from './boot-main.mjs';

const fake = await bootMain();
const { recorded } = fake;
await waitFor(() => recorded.windows.length >= 2 && recorded.windows[1].loadedUrl, 'main never opened the customer window');
const [counter, customer] = recorded.windows;

const snapshot = (window) => ({
  url: window.loadedUrl,
  bounds: window.getBounds(),
  fullScreen: window.fullScreen,
  visible: window.visible,
  focused: window.focused,
  menuRemoved: window.menuRemoved,
  destroyed: window.destroyed,
  options: { ...window.options, webPreferences: { ...window.options.webPreferences } },
});
const invoke = (name, window, payload) => recorded.ipcHandlers.get(INVOKE_CHANNELS[name])({ sender: window.webContents, senderFrame: window.mainFrame }, payload);
const updates = (window) => window.webContents.sent
  .filter(([channel]) => channel === 'kasir:payment:updated')
  .map(([, view]) => ({ tradeNo: view.tradeNo, state: view.state, onCounter: view.onCounter, lateAfter: view.lateAfter ?? null }));
const infoEvents = (window) => window.webContents.sent.filter(([channel]) => channel === 'kasir:app:info-changed').map(([, info]) => info.customerDisplay);
const layout = async () => (await invoke('getAppInfo', counter, undefined)).value.customerDisplay;
const press = (key) => {
  let prevented = false;
  customer.webContents.emit('before-input-event', { preventDefault: () => { prevented = true; } }, { type: 'keyDown', key });
  return prevented;
};

const report = { start: { counter: snapshot(counter), customer: snapshot(customer), layout: await layout() } };

if (process.env.FAKE_SCENARIO !== 'start') {
  // Roles: the same channels, answered per window.
  const stranger = new fake.BrowserWindow({});
  report.calls = {
    customer: {
      startPayment: await invoke('startPayment', customer, { amount: 25_000, method: 'QRIS' }),
      cancelPayment: await invoke('cancelPayment', customer, { tradeNo: '20261126000000123456' }),
      getPayment: await invoke('getPayment', customer, { tradeNo: '20261126000000123456' }),
      toggleCustomerView: await invoke('toggleCustomerView', customer, undefined),
      getAppInfo: await invoke('getAppInfo', customer, undefined),
      getCounterPayment: await invoke('getCounterPayment', customer, undefined),
    },
    stranger: await invoke('getAppInfo', stranger, undefined),
  };

  // A payment, cancelled; its money arrives late; then the next customer's payment, paid.
  const first = (await invoke('startPayment', counter, { amount: 25_000, method: 'QRIS' })).value;
  report.calls.customer.counterWhilePaying = await invoke('getCounterPayment', customer, undefined);
  report.calls.customer.startWhilePaying = await invoke('startPayment', customer, { amount: 30_000, method: 'QRIS' });
  report.calls.customer.cancelWhilePaying = await invoke('cancelPayment', customer, { tradeNo: first.tradeNo });
  report.calls.customer.getWhilePaying = await invoke('getPayment', customer, { tradeNo: first.tradeNo });
  await invoke('cancelPayment', counter, { tradeNo: first.tradeNo });
  await invoke('simulateCustomerPayment', counter, { tradeNo: first.tradeNo, outcome: 'paid' });
  await invoke('checkPaymentNow', counter, { tradeNo: first.tradeNo });
  await waitFor(() => updates(counter).some((update) => update.lateAfter !== null), 'the late payment never reached the cashier');
  const second = (await invoke('startPayment', counter, { amount: 40_000, method: 'QRIS' })).value;
  await invoke('simulateCustomerPayment', counter, { tradeNo: second.tradeNo, outcome: 'paid' });
  await invoke('checkPaymentNow', counter, { tradeNo: second.tradeNo });
  await waitFor(() => updates(customer).some((update) => update.tradeNo === second.tradeNo && update.state === 'paid'), 'the customer never saw its payment paid');
  report.payments = { first: first.tradeNo, second: second.tradeNo, counter: updates(counter), customer: updates(customer) };

  // Monitors: the customer's unplugged mid-sale, the one-monitor toggle and Esc, then plugged back.
  const external = recorded.windows[1].getBounds();
  fake.unplugDisplay(2);
  report.unplugged = { customer: snapshot(customer), layout: await layout(), infoEvents: infoEvents(counter), customerInfoEvents: infoEvents(customer) };
  report.toggledOn = { answer: await invoke('toggleCustomerView', counter, undefined), customer: snapshot(customer), counterFocused: counter.focused };
  report.otherKeyPrevented = press('a');
  report.escPrevented = press('Escape');
  report.afterEsc = { customer: snapshot(customer), counterFocused: counter.focused };
  await invoke('toggleCustomerView', counter, undefined);
  customer.close();
  report.afterClose = { customer: snapshot(customer), counterFocused: counter.focused };
  report.toggledTwice = [await invoke('toggleCustomerView', counter, undefined), await invoke('toggleCustomerView', counter, undefined)];
  await invoke('toggleCustomerView', counter, undefined);
  fake.plugDisplay({ id: 2, bounds: external });
  report.pluggedBack = { customer: snapshot(customer), counterFocused: counter.focused, layout: await layout(), escPrevented: press('Escape') };
  report.pluggedBack.visibleAfterEsc = customer.visible;
  report.toggleOnSecondScreen = await invoke('toggleCustomerView', counter, undefined);

  // The cashier closes the till: the hidden customer window must not keep the app alive.
  counter.destroy();
  report.afterCounterClosed = { customerDestroyed: customer.destroyed };
}

fake.emitApp('will-quit', { preventDefault: () => {} });
await waitFor(() => recorded.quit === true, 'main never quit', 5_000).catch(() => undefined);
process.stdout.write(JSON.stringify(report));
setTimeout(() => process.exit(0), 500).unref();
