package de.wesermarsch.wegweiser.integreat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import de.wesermarsch.wegweiser.content.Contact;
import de.wesermarsch.wegweiser.html.SafeHtml;

/**
 * An Integreat page's HTML made into what the content holds: the HTML cleaned with the allow-list of
 * {@link SafeHtml} (the page's own title stays the only {@code h1}), the plain paragraphs search and answers read,
 * and its contact card as structure. Integreat marks each datum of a card with a small icon (a pin before the
 * address, a receiver before the phone, an envelope, a clock, a globe) and a line break after it; where a page has
 * one such card (two data or more), it becomes the entry's contact block, so pages show it as links and answers can name it. Other
 * images are left out and counted, never fetched.
 */
final class PageHtml {

	private static final Map<String, String> ICONS = Map.of("pin.svg", "address", "call.svg", "phone",
			"email.svg", "email", "clock.svg", "hours", "www.svg", "web");

	/** Longer than this, what follows an icon is running text, not one address, number or set of hours. */
	private static final int MAX_DATUM = 160;

	private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[a-z]{2,}";

	/** What one page's HTML became. */
	record Result(String html, String body, Contact contact, int imagesLeftOut) {
	}

	private PageHtml() {
	}

	static Result of(Page page) {
		Document doc = Jsoup.parseBodyFragment(page.content(), page.url());
		doc.select("h1").tagName("h2");
		List<Map<String, String>> cards = cards(doc);
		int images = 0;
		for (Element img : doc.select("img")) {
			images += icon(img) == null ? 1 : 0;
			img.remove();
		}
		for (Element p : doc.select("p")) {
			if (p.text().replace('\u00a0', ' ').isBlank() && p.select("br, a").isEmpty()) {
				p.remove();
			}
		}
		String html = SafeHtml.clean(doc.body().html(), page.url()).lines().map(String::strip).filter(l -> !l.isEmpty())
			.collect(java.util.stream.Collectors.joining("\n"));
		return new Result(html, SafeHtml.plainText(html), contact(cards), images);
	}

	/** The contact cards: what follows each icon up to the next line break or icon, grouped by paragraph. */
	private static List<Map<String, String>> cards(Document doc) {
		List<Map<String, String>> cards = new ArrayList<>();
		Element lastParent = null;
		Map<String, String> card = null;
		for (Element img : doc.select("img")) {
			String kind = icon(img);
			if (kind == null) {
				continue;
			}
			if (card == null || img.parent() != lastParent || card.containsKey(kind)) {
				card = new LinkedHashMap<>();
				cards.add(card);
				lastParent = img.parent();
			}
			String value = kind.equals("web") ? link(img) : datum(img);
			if (!value.isEmpty() && value.length() <= MAX_DATUM) {
				card.put(kind, value);
			}
		}
		cards.removeIf(c -> c.size() < 2); // a lone icon is a decoration ("Ein Tipp") or a datum on its own

		return cards;
	}

	private static String icon(Element img) {
		String src = img.attr("src");
		int slash = src.lastIndexOf('/');
		return src.contains("/static/svg/") ? ICONS.get(src.substring(slash + 1)) : null;
	}

	/** The text after an icon, up to the next line break or image. */
	private static String datum(Element img) {
		StringBuilder text = new StringBuilder();
		for (Node node = img.nextSibling(); node != null; node = node.nextSibling()) {
			if (node instanceof Element e && (e.nameIs("br") || e.nameIs("img"))) {
				break;
			}
			text.append(node instanceof TextNode t ? t.text() : node instanceof Element e ? e.text() : "");
		}
		return text.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
	}

	/** The address of the link after an icon, up to the next line break or image. */
	private static String link(Element img) {
		for (Node node = img.nextSibling(); node != null; node = node.nextSibling()) {
			if (node instanceof Element e && (e.nameIs("br") || e.nameIs("img"))) {
				break;
			}
			if (node instanceof Element e && (e.nameIs("a") || !e.select("a").isEmpty())) {
				return (e.nameIs("a") ? e : e.selectFirst("a")).absUrl("href");
			}
		}
		return "";
	}

	/** The page's contact block: its one card, when it has exactly one with a way to reach someone. */
	private static Contact contact(List<Map<String, String>> cards) {
		if (cards.size() != 1) {
			return null;
		}
		Map<String, String> card = cards.getFirst();
		String email = card.get("email");
		String web = card.get("web");
		Contact contact = new Contact(null, card.get("phone"), email != null && email.matches(EMAIL) ? email : null,
				card.get("address"), web != null && web.startsWith("https://") ? web : null, card.get("hours"));
		return contact.reachable() ? contact : null;
	}

}
