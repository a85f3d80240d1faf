package de.wesermarsch.wegweiser.html;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeVisitor;

/**
 * The one allow-list for HTML that comes from elsewhere (an Integreat page): headings below the page's own title,
 * paragraphs, lists, tables, emphasis and links (web, e-mail, phone), nothing else: no script, style, form,
 * image, frame or attribute that could carry one. Text is cleaned with it at import, checked against it when the
 * content loads, and cleaned again before a page shows it, so a hand edit of a content file cannot bring markup
 * past it either. {@link #plainText} gives the paragraphs that search and answers read.
 */
public final class SafeHtml {

	private static final Safelist ALLOWED = new Safelist()
		.addTags("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "sub", "sup",
				"blockquote", "ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "thead", "tbody", "tfoot", "tr",
				"th", "td", "a")
		.addAttributes("a", "href")
		.addAttributes("ol", "start")
		.addAttributes("th", "colspan", "rowspan", "scope")
		.addAttributes("td", "colspan", "rowspan")
		.addProtocols("a", "href", "https", "http", "mailto", "tel");

	/** What a page shows: the same, and every link marked as leading away from the service. */
	private static final Safelist SHOWN = new Safelist(ALLOWED).addEnforcedAttribute("a", "rel", "external noopener noreferrer");

	private static final List<String> BLOCKS = List.of("p", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "tr",
			"caption", "blockquote", "hr", "div", "table", "ul", "ol", "dl", "h1");

	private SafeHtml() {
	}

	/** The HTML with everything outside the allow-list removed; relative links resolved against {@code base}. */
	public static String clean(String html, String base) {
		return Jsoup.clean(html, base == null ? "" : base, ALLOWED, new Document.OutputSettings().prettyPrint(false));
	}

	/** The HTML as a page shows it: cleaned again (whatever the file says), links marked as external. */
	public static String forPage(String html) {
		return Jsoup.clean(html, "", SHOWN, new Document.OutputSettings().prettyPrint(false));
	}

	/** Whether the HTML holds nothing that {@link #clean} would remove. */
	public static boolean isSafe(String html) {
		return Jsoup.isValid(html, ALLOWED);
	}

	/**
	 * The text of the HTML as plain paragraphs separated by a blank line (a block element each: paragraph,
	 * heading, list item, table row), lines kept where the HTML breaks them, white space collapsed.
	 */
	public static String plainText(String html) {
		List<String> paragraphs = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		Jsoup.parseBodyFragment(html).body().traverse(new NodeVisitor() {
			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode text) {
					current.append(text.getWholeText().replace('\u00a0', ' ').replaceAll("\\s+", " "));
				}
				else if (node instanceof Element element) {
					if (element.nameIs("br")) {
						current.append('\n');
					}
					else if (element.nameIs("td") || element.nameIs("th")) {
						String before = current.toString().stripTrailing();
						current.setLength(0);
						current.append(before.isBlank() ? "" : before + "; ");
					}
					else if (BLOCKS.contains(element.normalName())) {
						flush(paragraphs, current);
					}
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
					flush(paragraphs, current);
				}
			}
		});
		flush(paragraphs, current);
		return String.join("\n\n", paragraphs);
	}

	private static void flush(List<String> paragraphs, StringBuilder current) {
		String paragraph = current.toString().lines().map(String::strip).filter(l -> !l.isEmpty())
			.reduce((a, b) -> a + "\n" + b).orElse("");
		if (!paragraph.isEmpty()) {
			paragraphs.add(paragraph);
		}
		current.setLength(0);
	}

}
