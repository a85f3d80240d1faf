package de.wesermarsch.wegweiser.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.i18n.Language;

/**
 * The guide pages as a tree of chapters, as Integreat shows a region's guide: the path from the top to a page
 * (breadcrumbs), and the pages under one (its table of contents), each in the reader's language where it exists.
 * Siblings keep the order their source gives ({@code order}), then their title. Plain links: no script needed.
 */
final class GuideTree {

	private GuideTree() {
	}

	/** Whether the content has guide pages at all (then the guide's index is worth a link). */
	static boolean any(Content content) {
		return content.entries().values().stream().anyMatch(e -> e.details() instanceof Entry.Guide);
	}

	/** The guide pages above this one, the top first. */
	static List<Map<String, Object>> path(Entry entry, Content content, PageLocale locale) {
		List<Map<String, Object>> path = new ArrayList<>();
		String parent = entry.details() instanceof Entry.Guide guide ? guide.parent() : null;
		while (parent != null && path.size() < 64) {
			Entry above = content.entry(parent).orElse(null);
			if (above == null || !(above.details() instanceof Entry.Guide guide)) {
				break;
			}
			path.addFirst(link(above, content, locale));
			parent = guide.parent();
		}
		return path;
	}

	/** The guide pages directly under {@code parent} (null: the top of the guide), in their order. */
	static List<Map<String, Object>> children(String parent, Content content, PageLocale locale) {
		return content.entries().values().stream()
			.filter(e -> e.details() instanceof Entry.Guide g && Objects.equals(g.parent(), parent))
			.sorted(Comparator.comparing((Entry e) -> order(e)).thenComparing(e -> e.originalText().title()))
			.map(e -> link(e, content, locale))
			.toList();
	}

	private static int order(Entry entry) {
		Integer order = ((Entry.Guide) entry.details()).order();
		return order == null ? Integer.MAX_VALUE : order;
	}

	private static Map<String, Object> link(Entry entry, Content content, PageLocale locale) {
		var shown = de.wesermarsch.wegweiser.content.Shown.of(entry, locale.lang(), locale.easy());
		Map<String, Object> link = new LinkedHashMap<>();
		link.put("id", entry.id());
		link.put("title", shown.title());
		link.put("url", Pages.url(locale, entry));
		link.put("lang", shown.lang());
		link.put("dir", content.language(shown.lang()).map(Language::dir).orElse("ltr"));
		return link;
	}

}
