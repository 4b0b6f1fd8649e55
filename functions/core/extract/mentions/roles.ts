// Roles step: the position attached to a person's name, read by the person's language.

import { englishRole } from './en/roles.ts';
import { russianRole } from './ru/roles.ts';
import type { AnalysedDocument } from '../model/document.ts';
import type { Mention } from '../model/mention.ts';

export interface RoleReading {
  role: string | null;
  organization: string | null;
}

export function roleOf(doc: AnalysedDocument, person: Mention): RoleReading {
  return doc.language === 'ru' ? russianRole(doc, person) : englishRole(doc, person);
}
