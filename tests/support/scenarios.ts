/**
 * Scenarios shared by tests. North Korea shells a South Korean island in 2010: no bundled pack has ever had either
 * state as a party, so no instrument concerns it.
 */
export const yeonpyeong = {
  name: 'Yeonpyeong shelling',
  evaluationDate: '2010-12-31',
  entities: [
    { id: 'PRK', name: 'North Korea', kind: 'state' },
    { id: 'KOR', name: 'South Korea', kind: 'state' },
  ],
  territories: [{ id: 'yeonpyeong', name: 'Yeonpyeong Island', sovereign: 'KOR', island: true }],
  events: [{ id: 'e', kind: 'armed-attack', date: '2010-11-23', actor: 'PRK', target: 'KOR', place: 'yeonpyeong', intent: 'deliberate' }],
};
