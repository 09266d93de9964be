import { type Contact, ContactSchema } from '@livewell/core';
import { readPhone } from './phone.js';
import { objects, str } from './read.js';
import { at, type Reading, text } from './reading.js';

export function readContacts(
  r: Reading,
  input: Record<string, unknown>,
  serviceName: string,
): Contact[] {
  const out: Contact[] = [];
  const add = (path: string, contact: Contact, kept: string[]) => {
    const parsed = ContactSchema.safeParse(contact);
    if (!parsed.success || out.length >= 20) {
      r.ledger.lose(
        path,
        out.length >= 20 ? 'livewell keeps 20 contacts' : 'not a contact livewell can hold',
      );
      return;
    }
    out.push(parsed.data);
    for (const k of kept) r.ledger.keep(k);
  };
  const phoneOf = (phones: unknown, base: string) => {
    for (const [j, p] of objects(phones).entries()) {
      const number = str(p.number);
      const read = number === undefined ? undefined : readPhone(number);
      if (read) {
        objects(phones).forEach((_, k) => {
          if (k !== j) r.ledger.lose(at(base, k), 'livewell keeps one phone number per contact');
        });
        return { phone: read, path: at(at(base, j), 'number') };
      }
      r.ledger.lose(at(at(base, j), 'number'), 'not a phone number livewell can hold');
    }
    return undefined;
  };
  objects(input.contacts).forEach((c, i) => {
    const path = at('contacts', i);
    const kept: string[] = [];
    const name = text(c.name);
    const title = str(c.title);
    if (name) kept.push(at(path, 'name'));
    else r.note(path, 'defaulted', 'a contact with no name is named after the service');
    const email = ContactSchema.shape.email.safeParse(c.email);
    if (c.email !== undefined && email.success && email.data) kept.push(at(path, 'email'));
    else if (c.email !== undefined)
      r.ledger.lose(at(path, 'email'), 'not an email address livewell can hold');
    if (title) kept.push(at(path, 'title'));
    const phone = phoneOf(c.phones, at(path, 'phones'));
    if (phone) kept.push(phone.path);
    add(
      path,
      {
        name: (name || serviceName).slice(0, 200),
        ...(title ? { title: title.slice(0, 200) } : {}),
        ...(email.success && email.data ? { email: email.data } : {}),
        ...(phone ? { phone: phone.phone } : {}),
      },
      kept,
    );
  });
  objects(input.phones).forEach((p, i) => {
    const path = at('phones', i);
    const number = str(p.number);
    const phone = number === undefined ? undefined : readPhone(number);
    if (!phone) {
      r.ledger.lose(at(path, 'number'), 'not a phone number livewell can hold');
      return;
    }
    r.note(path, 'derived', 'the service phone is kept as a contact named after the service');
    add(path, { name: serviceName.slice(0, 200), phone }, [at(path, 'number')]);
  });
  return out;
}
