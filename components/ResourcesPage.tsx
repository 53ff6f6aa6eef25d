/**
 * The well-being page the prompts link to. Plain, kind, and not medical advice: it points to people and
 * services that can help, and to small things that often make a feed easier to put down.
 */
export function ResourcesPage() {
  return (
    <main class="resources">
      <h1>Support and resources</h1>
      <p>
        Mindful Feed is a tool for your habits, not a health service. If scrolling is crowding out sleep, school, work
        or people, you are not alone, and it can help to talk to someone.
      </p>
      <h2>If you need someone now</h2>
      <p>If you are in danger or thinking about harming yourself, call your local emergency number.</p>
      <ul>
        <li>
          <strong>Helplines in every country</strong>: the International Association for Suicide Prevention (IASP) keeps
          a directory of crisis centres at{' '}
          <a href="https://www.iasp.info/crisis-centres-helplines/" rel="noreferrer" target="_blank">
            iasp.info/crisis-centres-helplines
          </a>
          , and{' '}
          <a href="https://findahelpline.com" rel="noreferrer" target="_blank">
            findahelpline.com
          </a>{' '}
          finds a free, confidential line near you.
        </li>
        <li>
          <strong>Crisis Text Line</strong> (free, 24/7, by text): text HOME to <strong>741741</strong> in the United
          States, <strong>686868</strong> in Canada, or SHOUT to <strong>85258</strong> in the United Kingdom.{' '}
          <a href="https://www.crisistextline.org" rel="noreferrer" target="_blank">
            crisistextline.org
          </a>
        </li>
        <li>
          <strong>Samaritans</strong> (UK and Ireland, free, 24/7): call <strong>116 123</strong>.{' '}
          <a href="https://www.samaritans.org" rel="noreferrer" target="_blank">
            samaritans.org
          </a>
        </li>
        <li>
          <strong>988 Suicide &amp; Crisis Lifeline</strong> (United States): call or text <strong>988</strong>.
        </li>
        <li>Talking to a friend, a family member, a teacher or a doctor you trust is a good first step.</li>
      </ul>
      <h2>Small things that help</h2>
      <ul>
        <li>Put the phone or the tab away for the first and the last hour of the day.</li>
        <li>Decide what you came for before you open a feed, and leave when it is done.</li>
        <li>Use "Not interested" on what leaves you feeling worse: the feed learns from it.</li>
        <li>Swap one scrolling break a day for a walk, a stretch or a glass of water.</li>
      </ul>
      <p class="small">Links open other websites; Mindful Feed itself sends nothing anywhere.</p>
    </main>
  );
}
