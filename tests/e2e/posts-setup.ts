import type { Locator, Page } from 'playwright-core';
import { callApi, placesNamed, type RunningApp } from './app';
import { allListsClosed, highlighted, listClosed } from './locators';
import { createPerson, type MadePerson, type ScenePerson } from './scene-api';

// Helpers of the 公益性岗位 walk (tests/e2e/posts.test.ts): persons made through the API, and the few ways a
// clerk's keyboard is driven in antd controls.

/**
 * Persons of 乌帕尔村 on 低保, recognised as 低保对象 (K03, back-filled, 认定日期 2026-09-01): BR-16 places a person on an
 * urban post on a recognition in force on the basis date.
 */
export async function makePersons(app: RunningApp, people: ScenePerson[]): Promise<MadePerson[]> {
  const { 乌帕尔村: village } = await placesNamed(app, '乌帕尔村');
  const out: MadePerson[] = [];
  for (const p of people) {
    const person = await createPerson(app, p, {
      villageId: village.id,
      address: '乌帕尔村2组',
      education: '70',
      dibao: true,
    });
    await callApi(app, 'recognitions.backfill', {
      personId: person.id,
      categories: ['K03'],
      primaryCategory: 'K03',
      recognitionDate: RECOGNISED_ON,
    });
    out.push(person);
  }
  return out;
}

/** The recognition date of makePersons' persons: before every basis date of the walks. */
export const RECOGNISED_ON = '2026-09-01';

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
