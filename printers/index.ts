/**
 * The printing subsystem's public face. The server needs PrinterManager (+ a JobStore of its own),
 * the slip types, and the catalog-backed labels; the rest is exported for tools and tests.
 */
export type {
  JobResult, MaterialForm, NoticeMaterial, NoticeSlip, PaperWidth, PrintFailure, PrintFailureCode, PrintJob,
  PrintJobKind, PrinterConfig, PrinterState, PrinterStateChange, PrinterStatus, TestSlip, TicketSlip,
} from './types';
export { PrinterManager, type PrinterInfo, type PrinterManagerOptions } from './manager';
export { InMemoryJobStore, type JobStore, type PendingJob } from './queue/job-store';
export { DEFAULT_QUEUE_OPTIONS, type AttemptReport, type QueueOptions } from './queue/print-queue';
export { isPrinterUrl, parsePrinterUrl, DEFAULT_RAW_PORT, type PrinterAddress } from './printer-url';
export { isPrintableState } from './escpos/status';
export { encodeEscPos } from './escpos/encode';
export { renderPreviewPng } from './preview/png';
export { renderPreviewText } from './preview/text';
export {
  documentFor, layoutJob, layoutNotice, layoutTestPage, layoutTicket, catalogPrintMessages, paperColumns, paperDots,
  type Block, type PrintDocument, type PrintMessageKey, type PrintMessageLookup,
} from './layout';
export {
  PrintDeliveryError, type DriverKind, type PrintAttempt, type PrinterDriver,
} from './drivers/driver';
export { DEFAULT_DRIVER_TIMEOUTS, type DriverTimeouts } from './drivers/timeouts';
export { createDriver, PrinterUrlError, type DriverOptions } from './drivers/create';
export { EscPosNetworkDriver, type NetworkDriverOptions } from './drivers/escpos-network';
export { EscPosDeviceDriver, type DeviceDriverOptions } from './drivers/escpos-device';
export { SimulatedDriver } from './drivers/simulated';
export { NoPrinterDriver } from './drivers/none';
export { BadAddressDriver } from './drivers/bad-address';
export { configurePrintFonts, type FontPaths } from './raster/fonts';
