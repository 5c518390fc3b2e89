// Shared data for the renderer tests of the recognition work lists. INFO.today is 2025-03-15.

/** recognitionWorklists.counts with nothing waiting. */
export const NO_RECOGNITION_COUNTS = {
  asOf: '2025-03-15',
  pendingVillage: 0,
  inNotice: 0,
  noticeEnding: 0,
  pendingTownship: 0,
  pendingCounty: 0,
  newThisMonth: 0,
  shouldExit: 0,
  assistanceDue: 0,
};
