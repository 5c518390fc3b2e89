/** What every dated step of the demo seed takes: the working date, and where to write its one line of counts. */
export interface StepOptions {
  today: string;
  log?: (line: string) => void;
}
