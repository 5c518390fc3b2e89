// "就业困难人员 on a day" for the reports of a past period (DOMAIN §3.5, BR-14, BR-31): a recognition in force on
// day d — recognised (03, or 05 exited later) on or before d (a back-filled one without a date counts as recognised
// before any period) and not exited on or before d. persons.is_difficult is today's answer only; a report of a
// past month asks about its own end (RPT-07 col 13, RPT-11 是否就业困难人员, RPT-12 col 2), so November's figures
// do not change with the day they are exported. A deleted recognition has left the table (deleted_recognitions).

/** SQL: 1 when the person `person` (an SQL expression) holds a recognition in force on `day` (a parameter), else 0. */
export const recognisedOn = (person: string, day: string): string =>
  `EXISTS (SELECT 1 FROM recognitions rf WHERE rf.person_id = ${person} AND rf.status IN ('03', '05')
    AND coalesce(rf.recognition_date, '') <= ${day} AND (rf.exit_date IS NULL OR rf.exit_date > ${day}))`;
