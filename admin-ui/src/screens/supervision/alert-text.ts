/** What an alert says, in words, from its kind and the facts it was raised with. */
import type { SupervisionAlert } from '../../../../protocol/supervision';
import type { UiKey, Vars } from '../../../../protocol/catalog/ui-lookup';

type Translate = (key: UiKey, vars?: Vars) => string;

export function alertText(alert: SupervisionAlert, t: Translate, time: (at: number) => string): string {
  switch (alert.kind) {
    case 'counter_idle':
      return t('admin.supervision.alert.counter_idle', { counter: alert.details.counterName, waiting: alert.details.waiting,
        since: time(alert.details.idleSince) });
    case 'wait_red':
      return t('admin.supervision.alert.wait_red', { service: alert.details.serviceName, red: alert.details.redMinutes,
        waiting: alert.details.waiting });
    case 'printer_down':
      return t('admin.supervision.alert.printer_down', { printer: alert.details.printerName, state: t(`print.state.${alert.details.state}`) });
    case 'device_offline':
      return t('admin.supervision.alert.device_offline', { kind: t(`admin.supervision.device.${alert.details.deviceKind}`),
        device: alert.details.deviceName, since: time(alert.details.lastSeenAt) });
    case 'case_opened': {
      const d = alert.details;
      const where = d.serviceName === null ? t('admin.supervision.alert.hallWide')
        : t('admin.supervision.alert.where', { service: d.serviceName, counter: d.counterId ?? '', ticket: d.ticketNumber ?? '' }).trim();
      return d.caseKind === 'bad_rating' && d.level !== null
        ? t('admin.supervision.alert.case_opened.bad_rating', { level: t(`rating.level.${d.level}`), where })
        : t('admin.supervision.alert.case_opened.complaint', { where });
    }
  }
}
