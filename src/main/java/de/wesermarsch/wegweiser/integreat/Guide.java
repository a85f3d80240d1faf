package de.wesermarsch.wegweiser.integreat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One guide page of the region as the content will hold it: the same Integreat page in every language of the
 * dump, linked through {@code available_languages}. Its id ends with the page id in the first language found
 * (German where present), which is also its original, so a re-import finds the same entry again; {@code parent}
 * is the id of the guide page it belongs under.
 */
record Guide(String id, String original, Map<String, Page> pages, String parent, int order) {

	static final String PREFIX = "integreat-";

	Page originalPage() {
		return pages.get(original);
	}

	/**
	 * The region's guide pages from the pages of every language (the first language first), or every problem: a
	 * translation pointing at a page its language's file lacks, two pages of one language linked as the same page,
	 * a parent that is not in the file.
	 */
	static List<Guide> of(Map<String, List<Page>> byLang) {
		List<String> problems = new ArrayList<>();
		Map<String, Page> byKey = new LinkedHashMap<>();
		Map<String, Page> byPath = new HashMap<>();
		byLang.values().forEach(pages -> pages.forEach(p -> {
			byKey.put(key(p.lang(), p.id()), p);
			byPath.put(p.path(), p);
		}));
		Map<String, String> group = new HashMap<>();
		for (Page page : byKey.values()) {
			for (var translation : page.translations().entrySet()) {
				String other = key(translation.getKey(), translation.getValue());
				if (!byLang.containsKey(translation.getKey())) {
					continue; // a language this import does not carry
				}
				if (!byKey.containsKey(other)) {
					problems.add(page.where() + ": available_languages." + translation.getKey() + " points to page "
							+ translation.getValue() + ", which " + translation.getKey() + "/pages.json does not hold.");
					continue;
				}
				union(group, key(page.lang(), page.id()), other);
			}
		}
		Map<String, Map<String, Page>> members = new LinkedHashMap<>();
		for (Page page : byKey.values()) {
			Map<String, Page> same = members.computeIfAbsent(find(group, key(page.lang(), page.id())), k -> new LinkedHashMap<>());
			Page twin = same.putIfAbsent(page.lang(), page);
			if (twin != null) {
				problems.add(page.where() + " and page " + twin.id() + " are linked as the same page through available_languages.");
			}
		}
		Map<String, String> idOfKey = new HashMap<>();
		members.values().forEach(pages -> {
			Page first = pages.values().iterator().next();
			pages.values().forEach(p -> idOfKey.put(key(p.lang(), p.id()), PREFIX + first.id()));
		});
		List<Guide> guides = new ArrayList<>();
		for (Map<String, Page> pages : members.values()) {
			Page first = pages.values().iterator().next();
			String parent = null;
			if (first.parentPath() != null) {
				Page parentPage = byPath.get(first.parentPath());
				if (parentPage == null) {
					problems.add(first.where() + ": its parent " + first.parentPath() + " is not in " + first.lang() + "/pages.json.");
				}
				else {
					parent = idOfKey.get(key(parentPage.lang(), parentPage.id()));
				}
			}
			guides.add(new Guide(PREFIX + first.id(), first.lang(), pages, parent, first.order()));
		}
		if (!problems.isEmpty()) {
			throw new IntegreatException(problems);
		}
		return guides;
	}

	private static String key(String lang, long id) {
		return lang + ":" + id;
	}

	private static String find(Map<String, String> group, String key) {
		String root = key;
		while (group.containsKey(root)) {
			root = group.get(root);
		}
		return root;
	}

	private static void union(Map<String, String> group, String a, String b) {
		String ra = find(group, a);
		String rb = find(group, b);
		if (!ra.equals(rb)) {
			group.put(rb, ra);
		}
	}

}
