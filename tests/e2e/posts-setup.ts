import type { Locator, Page } from 'playwright-core';
import { placesNamed, type RunningApp } from './app';
import { allListsClosed, highlighted, listClosed } from './locators';
import { createPerson, type MadePerson, type ScenePerson } from './scene-api';

// Helpers of the 公益性岗位 walk (tests/e2e/posts.test.ts): persons made through the API, and the few ways a
// clerk's keyboard is driven in antd controls.

/** Persons of 乌帕尔村 on 低保 (BR-16: the recorded category 低保对象 is confirmed by the person record). */
export async function makePersons(app: RunningApp, people: ScenePerson[]): Promise<MadePerson[]> {
  const { 乌帕尔村: village } = await placesNamed(app, '乌帕尔村');
  const out: MadePerson[] = [];
  for (const p of people) {
    out.push(
      await createPerson(app, p, { villageId: village.id, address: '乌帕尔村2组', education: '70', dibao: true }),
    );
  }
  return out;
}

/** A drawer or modal by its accessible name, its title (the browser tests run the production build, whose ids are unique). */
export const dialogTitled = (page: Page, title: string | RegExp) => page.getByRole('dialog', { name: title });

/** Types into a searchable select and takes the highlighted match with Enter. */
export async function typeAndPick(select: Locator, text: string) {
  const page = select.page();
  await select.click();
  await page.keyboard.type(text);
  await highlighted(select);
  await page.keyboard.press('Enter');
  await listClosed(select);
  await dropdownsClosed(page);
}

/** No select's list is open any more: the next select's options are not confused with a closing one. */
export const dropdownsClosed = allListsClosed;

/** Replaces a text field's content as a clerk would (select all, type). */
export async function retype(field: Locator, text: string) {
  await field.click();
  await field.page().keyboard.press('Control+a');
  await field.page().keyboard.type(text);
}
