import { ContactSchema } from '@livewell/core';

const PHONE = ContactSchema.shape.phone._zod.def.innerType;

/**
 * A phone number as real feeds write it, in the form livewell holds (digits, spaces, `+`,
 * brackets, hyphens): surrounding quotes and spaces are removed and dots or slashes between
 * digit groups become spaces. `undefined` when what is left is still not a phone number.
 */
export function readPhone(text: string): string | undefined {
  const cleaned = text
    .trim()
    .replace(/^["'“”‘’]+|["'“”‘’]+$/g, '')
    .trim()
    .replace(/[./]/g, ' ')
    .replace(/\s+/g, ' ');
  return PHONE.safeParse(cleaned).success ? cleaned : undefined;
}
