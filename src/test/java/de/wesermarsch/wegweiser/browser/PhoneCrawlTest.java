package de.wesermarsch.wegweiser.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of page in every language as a newcomer's phone shows it (320 CSS pixels wide, the narrowest screen
 * the reflow criterion of WCAG names), and the kiosk's pages on its 1080 × 1920 screen: no page is wider than its screen, and no number, e-mail, address or Latin word
 * inside right-to-left text is left to the bidi algorithm (it must stand in a left-to-right isolate:
 * {@code <bdi dir=ltr>}, an element with {@code dir=ltr}, or {@code unicode-bidi: isolate}).
 */
class PhoneCrawlTest extends BrowserTest {

	/** The entries of every type the crawl opens: offers with and without contact, a network, a measure, a guide, pages. */
	static final List<String> ENTRIES = List.of("koordinierungsstelle-migration-teilhabe", "diakonie-frauenberatung",
			"kommunale-migrationsvertretung", "netzwerk-flucht", "massnahme-homepage-termin-terminal-uebersetzen",
			"massnahme-aktive-angebote-fuer-frauen", "schwangerschaft-hebamme", "ueber-den-wegweiser", "termin-terminal");

	/**
	 * Problems of the page in the browser: the page wider than the viewport (with the elements that stick out), and
	 * text nodes with Latin letters or digits whose element lays out right to left.
	 */
	static final String CHECK = """
			const problems = [];
			const width = document.documentElement.clientWidth;
			if (document.documentElement.scrollWidth > width) {
			  const out = e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > width + 1 || r.left < -1); };
			  // the outermost elements that stick out (their parent does not)
			  let wide = [...document.body.querySelectorAll('*')].filter(e => out(e) && !out(e.parentElement));
			  if (wide.length === 0) wide = [...document.body.querySelectorAll('*')].filter(out)
			    .sort((a, b) => Math.min(a.getBoundingClientRect().left, width - a.getBoundingClientRect().right)
			      - Math.min(b.getBoundingClientRect().left, width - b.getBoundingClientRect().right));
			  wide = wide.slice(0, 3).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
			    + ' ' + Math.round(e.getBoundingClientRect().width) + 'px "' + e.textContent.trim().slice(0, 40) + '"');
			  problems.push('page ' + document.documentElement.scrollWidth + ' px wide on ' + width + ' px: ' + wide.join('; '));
			}
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			  const e = n.parentElement;
			  if (!e || e.closest('script,style,template') || e.getClientRects().length === 0) continue;
			  const runs = n.textContent.match(/[\\p{Script=Latin}\\p{Nd}@]+/gu);
			  if (runs && getComputedStyle(e).direction === 'rtl') {
			    problems.push('not isolated in right-to-left text: "' + runs.join(' ') + '" in <' + e.tagName.toLowerCase()
			      + '> "' + n.textContent.trim().slice(0, 60) + '"');
			  }
			}
			return problems;""";

	static Browser browser;

	@BeforeAll
	static void open() {
		browser = Browser.shared(412, 915);
	}

	@AfterAll
	static void normalScreen() {
		browser.resize(412, 915);
	}

	@ParameterizedTest
	@ValueSource(strings = { "de", "de-easy", "en", "ar", "fa", "ru", "uk", "tr", "kmr", "ckb" })
	void noPageIsWiderThanAPhoneAndNoNumberTurnsAroundInRightToLeftText(String locale) {
		browser.phone(320, 740);
		List<String> paths = new ArrayList<>(List.of("/" + locale + "/", "/" + locale + "/search?q=Beratung",
				"/" + locale + "/search?q=Sprachkurs", "/" + locale + "/search?q=qqqzzzxxx",
				"/" + locale + "/answer?q=Wo+finde+ich+eine+Hebamme", "/" + locale + "/topics",
				"/" + locale + "/topics/frauen", "/" + locale + "/places", "/" + locale + "/networks",
				"/" + locale + "/measures", "/" + locale + "/embed", "/embed/" + locale + "/?q=Beratung"));
		ENTRIES.forEach(id -> paths.add("/" + locale + "/entries/" + id));
		assertThat(crawl(paths)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "de", "en", "ar", "fa", "ru", "uk", "tr", "kmr", "ckb" })
	void noKioskPageIsWiderThanItsScreenAndNoNumberTurnsAround(String locale) {
		browser.resize(1080, 1920);
		List<String> paths = new ArrayList<>(List.of("/kiosk", "/kiosk/" + locale + "/",
				"/kiosk/" + locale + "/search?q=Beratung", "/kiosk/" + locale + "/search?q=qqqzzzxxx",
				"/kiosk/" + locale + "/topics/frauen"));
		ENTRIES.forEach(id -> paths.add("/kiosk/" + locale + "/entries/" + id));
		assertThat(crawl(paths)).isEmpty();
	}

	@SuppressWarnings("unchecked")
	private List<String> crawl(List<String> paths) {
		List<String> problems = new ArrayList<>();
		for (String path : paths) {
			browser.get(url(path));
			((List<String>) browser.script(CHECK)).forEach(p -> problems.add(path + ": " + p));
		}
		return problems;
	}

}
