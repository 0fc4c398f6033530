// Effective-date reminders on DynamoDB Local and aws-ses-v2-local: on the day a withdrawal
// takes effect, instant followers get one short e-mail and digest followers see it in their
// digest, once, however often the schedule fires or a send message is redelivered; a date
// that moved reminds on its new day only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { topics } from '#schema';
import { instantEditionId } from '#core/editions';
import { reminderAlertId } from '#core/reminders';
import { readSesStore, type StoredEmail } from '#local/emulators';
import { LocalPipeline } from '#local/pipeline';

describe('effective-date reminders (DynamoDB Local + local SES)', () => {
  let pipeline: LocalPipeline;
  const mail = async (to: string): Promise<StoredEmail[]> =>
    (await readSesStore(pipeline.ses!.endpoint)).filter((e) => e.destination.to.includes(to));
  const flat = (e: StoredEmail) => (e.body.text ?? '').replace(/\s+/g, ' ');
  const fire = async (day: string) => {
    pipeline.clock.set(`${day}T07:00:00.000Z`);
    return pipeline.runDigest('daily', `${day}T07:00:00.000Z`);
  };

  beforeAll(async () => {
    pipeline = await LocalPipeline.start({ withSes: true });
    // Estonia, Latvia and Lithuania notified the Ottawa Convention on 27 June 2025: art. 20 puts the effect on 27
    // December.
    await pipeline.loadFacts('2025-06-29');
    await pipeline.addSubscriber('instant@example.org', { topics: [topics.treaty('ottawa-convention')] });
    await pipeline.addSubscriber('daily@example.org', { frequency: 'daily' });
    // A later report moves Latvia's date to 29 December: the timeline changes, and so does its reminder row.
    const latvia = (await pipeline.stores.timelines.get('LVA', 'ottawa-convention'))!;
    latvia.stages.push({
      action: 'withdrawal_effective',
      date: '2025-12-29',
      origin: 'news',
      novelty: 'ADVANCE',
      firstSeen: '2025-12-01T00:00:00.000Z',
      sources: [{ articleId: 'a-lva', label: 'Example News', url: 'https://news.example.org/latvia', role: 'primary' }],
    });
    await pipeline.stores.timelines.putAll([latvia]);
    await pipeline.pumpUntilQuiet();
  }, 90_000);

  afterAll(async () => {
    await pipeline?.stop();
  });

  it(
    'on the day: one short e-mail per withdrawal to instant followers, and one digest with both to the daily ' +
      'follower',
    async () => {
      const result = await fire('2025-12-27');
      expect(result.reminders).toBe(2);
      const instant = await mail('instant@example.org');
      expect(instant.map((e) => e.subject).sort()).toEqual([
        'Estonia: withdrawal from the Ottawa Convention takes effect (27 Dec 2025)',
        'Lithuania: withdrawal from the Ottawa Convention takes effect (27 Dec 2025)',
      ]);
      expect(instant[0].body.text).toMatch(/TAKES EFFECT/);
      expect(flat(instant[0])).toContain(
        "Computed from the treaty's clause (art. 20: 6 months after notification), from the notification of 27 June 2025",
      );
      const daily = await mail('daily@example.org');
      expect(daily).toHaveLength(1);
      expect(daily[0].subject).toBe(
        'Daily digest — 2 withdrawals take effect: Estonia (Ottawa Convention), Lithuania (Ottawa Convention)',
      );
      expect(daily[0].body.text).toMatch(/Taking effect/);
      expect(flat(daily[0])).toMatch(
        /Estonia's withdrawal from the Ottawa Convention takes effect on 27 December 2025/,
      );
      expect(daily[0].body.text).not.toMatch(/Latvia/);
    },
  );

  it('the schedule firing again and a redelivered send message send nothing more', async () => {
    const before = (await readSesStore(pipeline.ses!.endpoint)).length;
    await fire('2025-12-27');
    const alertId = reminderAlertId('EST', 'ottawa-convention', '2025-12-27');
    const instant = await pipeline.stores.subscribers.idsForTopics([topics.treaty('ottawa-convention')], 'instant');
    await pipeline.queue.enqueue([{ editionId: instantEditionId({ alertId }), subscriberIds: instant }]);
    await pipeline.pumpUntilQuiet();
    expect((await readSesStore(pipeline.ses!.endpoint)).length).toBe(before);
    expect(pipeline.deadLetters).toEqual([]);
  });

  it('the next day repeats nothing; the moved date reminds on its own day, as the record then holds it', async () => {
    const before = (await readSesStore(pipeline.ses!.endpoint)).length;
    expect((await fire('2025-12-28')).reminders).toBe(0);
    expect((await readSesStore(pipeline.ses!.endpoint)).length).toBe(before);
    expect((await fire('2025-12-29')).reminders).toBe(1);
    const instant = await mail('instant@example.org');
    expect(instant.map((e) => e.subject)).toContain(
      'Latvia: withdrawal from the Ottawa Convention takes effect (29 Dec 2025)',
    );
    expect(instant).toHaveLength(3);
    const daily = await mail('daily@example.org');
    expect(daily).toHaveLength(2);
    expect(flat(daily[1])).toMatch(/Latvia's withdrawal from the Ottawa Convention takes effect on 29 December 2025/);
    expect(flat(daily[1])).toMatch(/The date reported for the withdrawal to take effect \(notified 27 June 2025\)/);
  });

  it('a reminder is an alert of kind "reminder" with an idempotent id, for the feeds to list', async () => {
    const alerts = pipeline
      .observed('alert')
      .filter((a) => a.kind === 'reminder')
      .map((a) => a.alertId)
      .sort();
    expect(alerts).toEqual([
      'reminder-EST-ottawa-convention-2025-12-27',
      'reminder-LTU-ottawa-convention-2025-12-27',
      'reminder-LVA-ottawa-convention-2025-12-29',
    ]);
  });
});
