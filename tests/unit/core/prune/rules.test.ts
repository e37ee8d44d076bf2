// One row per rule: the page furniture it exists for, and the look-alike genuine text it must keep.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PROSE, between, prune } from './helpers.js';
import type { HeaderFields } from '../../../../src/core/types.js';

interface Row {
  why: string;
  html: string;
  /** Text that must be gone (each a substring of one removed item). */
  removed?: string[];
  /** Text that must stay in the article. */
  kept?: string[];
  category?: 'boilerplate' | 'related';
  settings?: { removeRelated: boolean };
  /** What the reader's header shows (both, unless a row says otherwise). */
  header?: HeaderFields;
}

const ROWS: Row[] = [
  // Widget labels
  { why: 'ad marker left where an ad slot was emptied', html: between('<p>Advertisement</p>'), removed: ['Advertisement'] },
  { why: 'ad marker in another language', html: between('<div>Anzeige</div>'), removed: ['Anzeige'] },
  { why: '"Continue reading below" sits above an ad slot', html: between('<p>Continue Reading Below</p>'), removed: ['Continue Reading Below'] },
  { why: 'a sentence that mentions advertisements is prose', html: between('<p>The advertisement ran for a week.</p>'), kept: ['The advertisement ran for a week.'] },
  { why: 'gallery counters', html: between('<div>Image 1 of 9</div><div>3</div>'), removed: ['Image 1 of 9', '3'] },
  { why: 'numbers in a table are data', html: between('<table><tr><td>3</td><td>4</td></tr></table>'), kept: ['3', '4'] },
  { why: 'player chrome', html: between('<p>Media playback is unsupported on your device</p>'), removed: ['Media playback is unsupported'] },
  { why: "a video player's message when its video will not load, in any of the languages", html: between('<p>Video unavailable. This video is no longer available.</p><p>El vídeo no está disponible en este momento</p><p>Cette vidéo n’est plus disponible</p>'), removed: ['Video unavailable.', 'El vídeo no está disponible', 'Cette vidéo n’est plus disponible'] },
  { why: "an audio player's button with the recording's length", html: between('<p>Listen · 5 min</p><p>Écouter cet article · 4 min</p>'), removed: ['Listen · 5 min', 'Écouter cet article · 4 min'] },
  { why: 'a short line telling how long something lasts is the story\'s', html: between('<p>Listen: 5 minutes of silence.</p>'), kept: ['Listen: 5 minutes of silence.'] },
  { why: 'a short line saying a video is available, or was not, is the story\'s', html: between('<p>The video is available.</p><p>The video was not available to the court.</p>'), kept: ['The video is available.', 'The video was not available to the court.'] },
  // Share bars
  { why: 'a row of share buttons', html: between('<div><a href="#">Whatsapp</a> <a href="#">Facebook</a> <a href="#">Pin</a></div>'), removed: ['Whatsapp Facebook Pin'] },
  { why: 'a sentence naming networks is prose', html: between('<p>She left Facebook and Twitter for good in 2018 after the scandal.</p>'), kept: ['She left Facebook and Twitter'] },
  // Photo credits
  { why: 'a credit line whose picture Readability dropped', html: between('<figure><figcaption>Photo: Jane Doe / AP</figcaption></figure>'), removed: ['Photo: Jane Doe / AP'] },
  { why: 'an agency credit left alone in an emptied figure', html: between('<figure><figcaption>The quay at dawn.</figcaption><div>Getty Images</div></figure>'), removed: ['Getty Images'], kept: ['The quay at dawn.'] },
  { why: 'a credit line standing in the text is kept: nothing tells it from a line the writer put there', html: between('<p>Photograph: Anna Kowalczyk/The Courier</p>'), kept: ['Photograph: Anna Kowalczyk/The Courier'] },
  { why: 'a credit beside a gallery counter is what a carousel left', html: between('<div>Photo: Jane Doe, AP</div><div>Image 1 of 9</div>'), removed: ['Photo: Jane Doe, AP', 'Image 1 of 9'] },
  { why: 'a copyright credit line with no picture', html: between('<p>(Image: © NASA/ESA)</p>'), removed: ['(Image: © NASA/ESA)'] },
  { why: 'a caption that starts with "Image:" describes the picture: kept', html: between('<figure><img src="a.jpg"><figcaption>Image: the harbour wall seen from the lighthouse after the storm</figcaption></figure>'), kept: ['the harbour wall seen from the lighthouse'] },
  // Links to other stories
  { why: '"Leggi anche:" line (a label outside the spam detector\'s languages) linking elsewhere', html: between('<p>Leggi anche: <a href="/world/2019/11/other.html">Storm closes ferry route</a></p>'), removed: ['Storm closes ferry route'], category: 'related' },
  { why: 'a "Related:" line is left to the spam detector, which weighs its headline against the story (an on-topic cross-reference stays)', html: between('<p>Related: <a href="/world/2019/11/other.html">Harbour wall: what the storms cost</a></p>'), kept: ['Related: Harbour wall: what the storms cost'] },
  { why: 'a French "Lire aussi :" line is the detector\'s call too', html: between('<p class="lire">Lire aussi : <a href="/world/2019/11/other.html">Les critiques du projet de digue</a></p>'), kept: ['Lire aussi : Les critiques du projet de digue'] },
  { why: 'a lone link with its own lead-in ("Lire :") is a cross-reference the writer placed, not a bare teaser', html: between('<p><strong>Lire : <a href="/world/2019/11/other.html">Que sont les digues, ces murs qui protègent les ports ?</a></strong></p>'), kept: ['Lire : Que sont les digues'] },
  { why: 'a lone headline link to another story of the same site', html: between('<p><a href="/world/2019/11/other.html"><strong>TOWN COUNCIL APPROVES NEW BUDGET FOR ROADS</strong></a></p>'), removed: ['TOWN COUNCIL APPROVES'], category: 'related' },
  { why: 'a lone link to another site is a source, kept', html: between('<p><a href="https://gov.example.org/report.pdf">Read the full engineering report here</a></p>'), kept: ['Read the full engineering report'] },
  { why: 'a link inside a sentence is prose', html: between('<p>The plan, <a href="/world/2019/11/other.html">first reported in May</a>, was approved on Tuesday by nine votes to two.</p>'), kept: ['first reported in May'] },
  {
    why: 'a list of headline links under "More from UK" (heading goes too)',
    html: between('<h3>More from UK</h3><ul><li><a href="/a">Storm closes ferry route for a week</a></li><li><a href="/b">Police appeal after burglary at the museum</a></li><li><a href="/c">School wins national choir prize again</a></li></ul>'),
    removed: ['More from UK', 'Storm closes ferry route'],
    category: 'related',
  },
  {
    why: 'a list with a link in each item but mostly prose is content',
    html: between('<ul><li><a href="/a">Storm</a> closed the ferry route for a week, the longest closure since 1990.</li><li><a href="/b">Police</a> appealed for witnesses after a burglary at the museum.</li><li><a href="/c">The school</a> won the national choir prize for the third time.</li></ul>'),
    kept: ['closed the ferry route'],
  },
  { why: 'one line of several headline links', html: between('<p>DON\'T MISS</p><p><a href="/a">Storm closes ferry route</a> | <a href="/b">Police appeal after burglary</a> | <a href="/c">School wins choir prize</a></p>'), removed: ["DON'T MISS", 'Storm closes ferry route'] },
  { why: 'related links are kept when the user keeps them', html: between('<p>Leggi anche: <a href="/world/2019/11/other.html">Storm closes ferry route</a></p>'), kept: ['Storm closes ferry route'], settings: { removeRelated: false } },
  // Boxes and cards
  {
    why: 'newsletter box: pitch plus a Subscribe button',
    html: between('<h2>Breaking News Emails</h2><div><p>Get breaking news alerts and special reports, delivered weekday mornings.</p><p><a href="/newsletters">Subscribe</a></p></div>'),
    removed: ['Breaking News Emails', 'Get breaking news alerts', 'Subscribe'],
  },
  {
    why: 'two teaser cards (picture, kicker, headline) for other stories',
    html: between(
      '<div><div><a href="/world/2019/11/a.html"><img src="a.jpg"></a></div><h3>RANDY ANDY</h3><p>Prince parties in unearthed pictures</p></div>' +
        '<div><div><a href="/world/2019/11/b.html"><img src="b.jpg"></a></div><h3>TIME TRAVELLER</h3><p>Theorists spot activist in old photo</p></div>',
    ),
    removed: ['RANDY ANDY', 'TIME TRAVELLER'],
    category: 'related',
  },
  { why: 'one figure with a linked picture and a short caption is not a teaser', html: between('<div><div><a href="/world/2019/11/a.jpg"><img src="a.jpg"></a></div><p>The new wall</p></div>'), kept: ['The new wall'] },
  // Header lines
  { why: 'date line above the story (the reader shows the date)', html: '<p>Updated 10:01 pm PST, Tuesday, November 19, 2019</p>' + PROSE, removed: ['Updated 10:01 pm PST'] },
  { why: 'byline above the story', html: '<p>By Jane Doe and John Roe</p>' + PROSE, removed: ['By Jane Doe'] },
  { why: 'a byline line stays when the page\'s metadata gives no byline: it is the only credit the reader has', html: '<p>By Jane Doe and John Roe</p>' + PROSE, kept: ['By Jane Doe and John Roe'], header: { byline: false, date: true } },
  { why: 'a byline line that names the header\'s author repeats it', html: '<p>By Jane Doe, Education Correspondent</p>' + PROSE, removed: ['By Jane Doe'], header: { byline: true, date: true, bylineText: 'Jane Doe' } },
  { why: 'a byline line naming someone the header does not is a credit of its own, kept', html: '<p>By Hannah Mireles, Education Correspondent</p>' + PROSE, kept: ['By Hannah Mireles, Education Correspondent'], header: { byline: true, date: true, bylineText: 'Jane Doe' } },
  { why: 'a date line that names the author stays when the header has no byline', html: '<p>2/26/2015 7:11 AM PST BY HARBOUR STAFF</p>' + PROSE, kept: ['2/26/2015 7:11 AM PST BY HARBOUR STAFF'], header: { byline: false, date: false } },
  { why: 'the same line goes when the header shows both', html: '<p>2/26/2015 7:11 AM PST BY HARBOUR STAFF</p>' + PROSE, removed: ['2/26/2015 7:11 AM PST'] },
  { why: 'a bare date line stays when the header has no date: it is the only date the reader would see', html: '<p>Sunday 12 May 2024, 18:05</p>' + PROSE, kept: ['Sunday 12 May 2024, 18:05'], header: { byline: false, date: false } },
  { why: 'a bare date line goes when the header shows a date', html: '<p>Sunday 12 May 2024, 18:05</p>' + PROSE, removed: ['Sunday 12 May 2024'], header: { byline: false, date: true } },
  { why: 'a date line of the year the header shows repeats it', html: '<p>First published on 3 March 2025</p>' + PROSE, removed: ['First published on 3 March 2025'], header: { byline: false, date: true, year: 2025 } },
  { why: 'a date line of another year than the header\'s tells the reader something: kept', html: '<p>First published on 3 March 2025</p>' + PROSE, kept: ['First published on 3 March 2025'], header: { byline: false, date: true, year: 2013 } },
  { why: 'the title repeated in the body', html: '<h2>Harbour wall to be extended</h2>' + PROSE, removed: ['Harbour wall to be extended'] },
  { why: 'the title with the date glued on is still the headline', html: '<h2>Harbour wall to be extended | Nov 19</h2>' + PROSE, removed: ['Harbour wall to be extended | Nov 19'] },
  { why: 'a second headline in its own words, part of the title only, is kept', html: '<h2>Wall to be EXTENDED!!!</h2>' + PROSE, kept: ['Wall to be EXTENDED!!!'] },
  { why: "the page's own address printed by a print header, beside the site's logo", html: '<div><img src="logo.png"><span>https://www.news.example.com/world/2019/11/story-about-things.html</span></div>' + PROSE, removed: ['story-about-things.html'] },
  { why: 'the address of another page, cited in the story, is kept', html: between('<p>https://news.example.com/world/2019/11/the-report.html</p>'), kept: ['the-report.html'] },
  { why: 'menu links above the story', html: '<ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul>' + PROSE, removed: ['Home'] },
  {
    why: 'a labelled date line after the standfirst',
    html: '<p>China has sent troops to the city in a bid to restore order after months of protests, officials said.</p><p>| UPDATED: 11:05, Tue, Nov 19, 2019</p>' + PROSE,
    removed: ['UPDATED: 11:05'],
  },
  { why: 'an "Updated at" note inside the story is the story\'s own', html: between('<p>Updated at 3:45 p.m. ET</p>'), kept: ['Updated at 3:45 p.m. ET'] },
  { why: 'an agency name alone after a quote is an attribution, kept', html: between('<p>Reuters</p><p>— Associated Press</p><p>File photo</p>'), kept: ['Reuters', '— Associated Press', 'File photo'] },
  { why: 'a closing line about a book\'s author is not a staff bio', html: PROSE + '<p>Sarah Archer is the author of The Midcentury Kitchen.</p>', kept: ['Sarah Archer is the author'] },
  { why: 'a date inside a sentence is prose', html: between('<p>On November 19, 2019 the council met again.</p>'), kept: ['On November 19, 2019 the council met again.'] },
  { why: 'a short line of prose before the first paragraph stays', html: '<p>It was a close vote.</p>' + PROSE, kept: ['It was a close vote.'] },
  // Footer lines
  { why: 'copyright line after the story', html: PROSE + '<p>Copyright © 2019 Example Media. All rights reserved.</p>', removed: ['All rights reserved'] },
  { why: 'newsletter pitch after the story', html: PROSE + '<p>Get the latest updates right in your inbox. Subscribe to our newsletters.</p>', removed: ['Subscribe to our newsletters'] },
  { why: "an author's bio after the story says who wrote it: kept with its name line, as Readability keeps it", html: PROSE + '<p>Jane Doe</p><p>Jane Doe is a reporter covering city hall and the harbour since 2015.</p>', kept: ['Jane DoeJane Doe is a reporter'] },
  { why: 'linked authors\' names after the story are its sign-off, not navigation: kept', html: PROSE + '<p><a href="/auteur/1">Alexandra Morel</a> , <a href="/auteur/2">Jean-Luc Petit</a></p>', kept: ['Alexandra Morel , Jean-Luc Petit'] },
  { why: 'a row of section links after the story is navigation', html: PROSE + '<p><a href="/world">World</a> | <a href="/uk">UK Politics</a></p>', removed: ['World | UK Politics'] },
  { why: 'a contributor line is the story\'s own credit, kept', html: PROSE + '<p>Jane Roe contributed to this report.</p>', kept: ['Jane Roe contributed to this report.'] },
  { why: 'a photo credit beside its picture is that picture\'s attribution, kept', html: between('<figure><img src="a.jpg"><figcaption>Photo by Joan Bardeletti</figcaption></figure>'), kept: ['Photo by Joan Bardeletti'] },
  { why: 'a "Related news" heading whose links are gone', html: between('<h2>Related news</h2>'), removed: ['Related news'] },
  {
    why: 'links with blurbs under a "More stories" heading',
    html: between('<p>More Great Stories</p><ul><li><a href="/a">The strange life of a coder</a></li><li><a href="/b">How to opt out of data brokers</a></li><li>👁 A safer way to protect your data; plus, <a href="/c">the latest on AI</a></li></ul>'),
    removed: ['More Great Stories', 'The strange life of a coder'],
    category: 'related',
  },
  { why: 'author contact line', html: PROSE + '<p>Write to Jane Doe at jane.doe@example.com</p>', removed: ['Write to Jane Doe'] },
  { why: "an author's bio that ends with how to reach them is still the bio: kept", html: PROSE + '<p>Jane Doe is a reporter covering city hall and the harbour. Follow her on Twitter @janedoe or email her at jane@news.example.com</p>', kept: ['Jane Doe is a reporter covering city hall', 'Follow her on Twitter'] },
  { why: 'a paragraph that opens with a statement is the story\'s, whatever pitch is tacked on after it: kept whole (the spam detector cuts the pitch off)', html: PROSE + '<p>Police are studying security footage that could show the culprit in the act. Join the 3,400 members who keep City Hall accountable.</p>', kept: ['Police are studying security footage', 'Join the 3,400 members'] },
  { why: 'a newsletter pitch whose opening sentence is a footer\'s too is still a pitch', html: PROSE + '<p>Get the latest updates right in your inbox. Subscribe to the Harbour Briefing newsletter.</p>', removed: ['Get the latest updates right in your inbox'] },
  { why: 'a closing paragraph that mentions comments is prose', html: PROSE + '<p>Residents can send their comments to the council until the end of the month, and the plans can be seen at the library.</p>', kept: ['Residents can send their comments'] },
  { why: 'a "click here" inside quoted speech is the speaker\'s (a scam text police read out): kept', html: PROSE + '<p>Police said victims received a text reading “Your parcel is waiting, click here to pay the fee” before their accounts were emptied.</p>', kept: ['Police said victims received a text reading'] },
  { why: 'a "click here" link in the middle', html: between('<p><a href="/app">CLICK HERE TO GET THE NEWS APP</a></p>'), removed: ['CLICK HERE TO GET THE NEWS APP'] },
  { why: 'a row of links repeated (sticky share bar, carousel nav)', html: between('<p><a href="https://port.example.org/works">Harbour works: full coverage</a></p><p>Short note.</p><p><a href="https://port.example.org/works">Harbour works: full coverage</a></p>'), removed: ['Harbour works: full coverage'], kept: ['Harbour works: full coverage'] },
  { why: 'a repeated line of prose (an interview question) is kept', html: between('<p>What inspired you to start cooking for others at home?</p><p>My grandmother.</p><p>What inspired you to start cooking for others at home?</p><p>My father.</p>'), kept: ['My grandmother.', 'My father.'] },
];

describe('pruneBoilerplate rules', () => {
  for (const row of ROWS) {
    it(row.why, () => {
      const out = prune(row.html, { ...(row.settings ? { settings: row.settings } : {}), ...(row.header ? { header: row.header } : {}) });
      for (const text of row.removed ?? []) {
        const item = out.removed.find((r) => r.text.includes(text));
        assert.ok(item, `expected "${text}" removed; removed: ${JSON.stringify(out.removed.map((r) => r.text))}`);
        if (row.category) assert.equal(item.category, row.category);
      }
      if (row.why.includes('repeated line of prose')) assert.equal(out.removed.length, 0);
      for (const text of row.kept ?? []) assert.ok(out.kept.includes(text), `expected "${text}" kept; removed: ${JSON.stringify(out.removed.map((r) => r.text))}`);
      // Prose is never touched.
      assert.ok(out.kept.includes('The council voted on Tuesday'), 'the article prose was removed');
    });
  }
});
