import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ContactEntryDrawer } from '../../renderer/src/features/registrations/ContactEntryDrawer';
import { CONTACT_HANDLERS, GULI } from './contact-fixtures';
import { failed, ok, type FakeHandlers } from './fake-api';
import { fieldItem, retype, typeAndPick } from './queries';
import { renderWithFakeApi } from './render';

// Issue 18: a message under a field goes once the clerk corrects what it is about, and is said once — under its
// field, not again at the top. Checked on 记录联系 (the shared FormField / useServerError / input-resolver pieces);
// INFO.today is 2025-03-15.

const DATE_RULE = '联系日期不能早于失业登记日期（2025-02-03）';

function setup(handlers: FakeHandlers = {}) {
  return renderWithFakeApi(<ContactEntryDrawer target={GULI} onClose={() => {}} />, {
    ...CONTACT_HANDLERS,
    ...handlers,
  });
}

const drawer = () => screen.getByRole('dialog');
const field = (label: string) => within(drawer()).getByLabelText(label);
const itemOf = (label: string) => fieldItem(label, drawer());

/** Picks the option with this text in the select (rc-select reads keyCode, which user-event leaves 0). */
async function pick(label: string, text: string) {
  const box = within(drawer()).getByRole('combobox', { name: label });
  await userEvent.click(box);
  await typeAndPick(box, text);
}

async function retypeField(label: string, text: string) {
  await retype(field(label), text);
}

const save = () => userEvent.type(field('备注'), '{Enter}');
/** How many times the text is shown in the drawer (alerts and field messages). */
const times = (text: string) => within(drawer()).queryAllByText(text).length;

describe('field messages on 记录联系', { timeout: 60_000 }, () => {
  it('says the core’s date rule once, under 联系日期, and takes it away when the date is corrected', async () => {
    let refuse = true;
    const { callsTo } = setup({
      'contacts.create': (input) =>
        refuse && input.contactDate < GULI.regDate
          ? failed('RULE_VIOLATION', '联系日期早于失业登记日期', { contactDate: DATE_RULE })
          : ok({ registration: { personName: GULI.name }, levelRaised: null, warnings: {} }),
    });
    await pick('联系结果', '拒绝沟通');
    await retypeField('联系日期', '2025-02-01');
    await save();

    expect(await within(itemOf('联系日期')).findByText(DATE_RULE)).toBeInTheDocument();
    expect(callsTo('contacts.create')).toHaveLength(1);
    // Once: not repeated at the top of the form, in the core's other words or the same.
    expect(times(DATE_RULE)).toBe(1);
    expect(within(drawer()).queryByText('联系日期早于失业登记日期')).not.toBeInTheDocument();
    expect(within(drawer()).queryByRole('alert')).not.toBeInTheDocument();

    await retypeField('联系日期', '2025-03-01');
    await waitFor(() => expect(times(DATE_RULE)).toBe(0));
    expect(field('联系日期')).not.toHaveAttribute('aria-invalid', 'true');
    refuse = false;
    await save();
    await waitFor(() => expect(callsTo('contacts.create')).toHaveLength(2));
    expect((callsTo('contacts.create')[1] as { contactDate: string }).contactDate).toBe('2025-03-01');
  });

  it('takes a message away when the field it depends on is corrected (计划下次联系日期 after 联系日期)', async () => {
    const { callsTo } = setup();
    await pick('联系结果', '拒绝沟通');
    await retypeField('联系日期', '2025-03-10');
    await retypeField('计划下次联系日期', '2025-03-05');
    await save();

    const next = itemOf('计划下次联系日期');
    const message = await within(next).findByText(/晚于联系日期/);
    expect(message).toBeInTheDocument();
    expect(field('计划下次联系日期')).toHaveAttribute('aria-invalid', 'true');
    expect(callsTo('contacts.create')).toHaveLength(0);

    // The clerk corrects the contact date, not the planned one: the planned date is now right, its message goes.
    await retypeField('联系日期', '2025-03-01');
    await waitFor(() => expect(within(next).queryByText(/晚于联系日期/)).not.toBeInTheDocument());
    expect(field('计划下次联系日期')).not.toHaveAttribute('aria-invalid', 'true');
    await save();
    await waitFor(() => expect(callsTo('contacts.create')).toHaveLength(1));
  });
});
