// `meetings edit --set …` read into a PATCH /meetings/{id} body, without a server.

import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../functions/cli/cli-errors.ts';
import { patchFromSets } from '../../../functions/cli/edit-patch.ts';

describe('patchFromSets', () => {
  it('reads scalar fields, with null where a field may be empty', () => {
    expect(patchFromSets(['title=Встреча в Астане', 'kind=null', 'date=2026-03', 'isMeeting=true', 'status=held'])).toEqual({
      title: 'Встреча в Астане',
      kind: null,
      date: '2026-03',
      isMeeting: true,
      status: 'held',
    });
  });

  it('changes a participant one field at a time, by name, and keeps a colon inside the role', () => {
    const patch = patchFromSets(['participant.role=Мирьяна Сполярич:глава МККК: президент', 'participant.organization=Мирьяна Сполярич:МККК', 'participant.remove=Иван Иванов']);
    expect(patch.participants).toEqual({
      update: [{ name: 'Мирьяна Сполярич', role: 'глава МККК: президент', organization: 'МККК' }],
      remove: ['Иван Иванов'],
    });
  });

  it('completes a place from the record when only its city is set', () => {
    const patch = patchFromSets(['location.city=Алматы'], {}, { city: 'Астана', country: 'Казахстан', countryCode: 'KZ' });
    expect(patch.location).toEqual({ city: 'Алматы', country: 'Казахстан', countryCode: 'KZ' });
  });

  it('applies --set on top of a --patch file', () => {
    const patch = patchFromSets(['organization.add=ООН'], { title: 'Из файла', organizations: { remove: ['МККК'] } });
    expect(patch).toEqual({ title: 'Из файла', organizations: { remove: ['МККК'], add: [{ name: 'ООН' }] } });
  });

  it('refuses an unknown field or a role without a name, saying what it takes', () => {
    expect(() => patchFromSets(['contentHtml=<b>'])).toThrow(UsageError);
    expect(() => patchFromSets(['participant.role=глава МККК'])).toThrow(/expected NAME:ROLE/);
    expect(() => patchFromSets(['title'])).toThrow(/FIELD=VALUE/);
  });
});
