package de.wesermarsch.wegweiser.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import com.samskivert.mustache.Mustache;

/**
 * Numbers, e-mails, addresses and German names inside right-to-left text, isolated as left-to-right wherever they
 * stand. Without it the bidi algorithm lays out "04401 927-712" as "712-927 04401" in an Arabic, Farsi or Sorani
 * sentence, and a German value loses its full stop to the wrong end. Each page's HTML is rendered first and then
 * walked once (jsoup): every text node whose nearest {@code dir} is {@code rtl} gets its Latin and digit runs
 * wrapped in {@code <bdi dir="ltr">}; a text with no right-to-left letter at all is isolated whole, with its
 * punctuation. Left-to-right pages are walked too: their right-to-left parts (the kiosk's welcome lines, a
 * language's name) carry {@code dir="rtl"}.
 */
final class Bidi {

	/** A run of Latin letters and digits (any script's digits), with what joins them in a number, an e-mail, an address or a name. */
	private static final Pattern RUN = Pattern.compile(
			"[+(]?[\\p{IsLatin}\\p{Nd}](?:[\\p{IsLatin}\\p{Nd}\\p{M}@.,:;/\\\\_+%&'’()\\-‐‑–— ]*[\\p{IsLatin}\\p{Nd}\\p{M})])?");

	private static final Pattern RIGHT_TO_LEFT = Pattern.compile("[\\p{IsArabic}\\p{IsHebrew}\\p{IsSyriac}\\p{IsThaana}]");

	private static final java.util.Set<String> SKIPPED = java.util.Set.of("script", "style", "title", "textarea", "option", "svg", "bdi", "head");

	/** The page lambda: {@code {{#isolate}}…whole page…{{/isolate}}} in every page template. */
	static final Mustache.Lambda LAMBDA = (fragment, out) -> out.write(isolate(fragment.execute()));

	/** The page with every left-to-right run inside right-to-left text isolated. */
	static String isolate(String html) {
		Document page = Jsoup.parse(html);
		page.outputSettings().prettyPrint(false);
		List<TextNode> texts = new ArrayList<>();
		collect(page.body(), "rtl".equals(page.child(0).attr("dir")), texts);
		texts.forEach(Bidi::isolate);
		return page.outerHtml().stripTrailing() + "\n";
	}

	private static void collect(Element element, boolean rtl, List<TextNode> texts) {
		String dir = element.attr("dir");
		boolean here = dir.equals("rtl") || (!dir.equals("ltr") && !dir.equals("auto") && rtl);
		if (dir.equals("auto") || SKIPPED.contains(element.normalName())) {
			return;
		}
		for (Node child : element.childNodes()) {
			if (child instanceof Element inner) {
				collect(inner, here, texts);
			}
			else if (here && child instanceof TextNode text && RUN.matcher(text.getWholeText()).find()) {
				texts.add(text);
			}
		}
	}

	private static void isolate(TextNode node) {
		String text = node.getWholeText();
		if (!RIGHT_TO_LEFT.matcher(text).find()) {
			String trimmed = text.strip();
			int start = text.indexOf(trimmed);
			replace(node, List.of(text.substring(0, start), trimmed, text.substring(start + trimmed.length())));
			return;
		}
		List<String> parts = new ArrayList<>();
		Matcher run = RUN.matcher(text);
		int at = 0;
		while (run.find()) {
			parts.add(text.substring(at, run.start()));
			parts.add(run.group());
			at = run.end();
		}
		parts.add(text.substring(at));
		replace(node, parts);
	}

	/** Replaces the node by its parts, every second one isolated. */
	private static void replace(TextNode node, List<String> parts) {
		for (int i = 0; i < parts.size(); i++) {
			if (i % 2 == 1) {
				node.before(new Element("bdi").attr("dir", "ltr").appendText(parts.get(i)));
			}
			else if (!parts.get(i).isEmpty()) {
				node.before(new TextNode(parts.get(i)));
			}
		}
		node.remove();
	}

}
