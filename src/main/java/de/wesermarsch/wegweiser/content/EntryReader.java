package de.wesermarsch.wegweiser.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one entry file into an {@link Entry}, reporting every problem of the file; references to other files
 * (topics, places, sources) are checked later by {@link ContentLoader}, which knows them all.
 */
final class EntryReader {

	private static final Set<String> COMMON = Set.of("id", "type", "revision", "reviewed", "source", "topics",
			"places", "audiences", "texts");

	private static final Map<EntryType, Set<String>> SPECIFIC = Map.of(EntryType.OFFER,
			Set.of("organisation", "status", "contact"), EntryType.NETWORK, Set.of("scope", "convenor", "members"),
			EntryType.MEASURE, Set.of("fields", "deadline"), EntryType.PAGE, Set.of());

	private static final Set<String> TEXT_FIELDS = Set.of("title", "summary", "body", "subGoal", "rhythm",
			"provenance", "reviewed", "translates");

	private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

	private final Problems problems;

	private final Set<String> languages;

	EntryReader(Problems problems, Set<String> languages) {
		this.problems = problems;
		this.languages = languages;
	}

	/** The entry, or null when the file has problems (which are then reported). */
	Entry read(String file, EntryType folderType, Map<?, ?> map) {
		String id = map.get("id") == null ? null : map.get("id").toString();
		int before = problems.messages().size();
		Fields fields = new Fields(problems, file, id, "", map);
		if (id == null || !id.matches(SLUG)) {
			fields.problem("id", id == null ? "missing" : "'" + id + "' is not a slug (a-z, 0-9, single hyphens)");
		}
		else if (!file.endsWith("/" + id + ".yaml")) {
			fields.problem("id", "must match the file name (" + id + ".yaml)");
		}
		String type = fields.string("type", true);
		if (type != null && !type.equals(folderType.id())) {
			fields.problem("type", "'" + type + "' does not fit the folder " + folderType.folder() + "/ (expected "
					+ folderType.id() + ")");
		}
		Set<String> allowed = new java.util.HashSet<>(COMMON);
		allowed.addAll(SPECIFIC.get(folderType));
		fields.allowOnly(allowed);
		Integer revision = fields.integer("revision", true);
		LocalDate reviewed = fields.date("reviewed", true);
		SourceRef source = source(fields);
		Entry.Details details = details(folderType, fields);
		Map<String, Text> texts = texts(fields, revision == null ? 1 : revision);
		if (problems.messages().size() > before || details == null) {
			return null;
		}
		return new Entry(id, folderType, revision, reviewed, source, fields.strings("topics"),
				fields.strings("places"), fields.strings("audiences"), details, texts);
	}

	private SourceRef source(Fields fields) {
		Fields source = fields.child("source", true);
		if (source == null) {
			return null;
		}
		source.allowOnly(Set.of("document", "chapter"));
		return new SourceRef(source.string("document", true), source.string("chapter", true));
	}

	private Entry.Details details(EntryType type, Fields fields) {
		return switch (type) {
			case OFFER -> new Entry.Offer(fields.string("organisation", false),
					enumValue(fields, "status", OfferStatus.class), contact(fields));
			case NETWORK -> new Entry.Network(enumValue(fields, "scope", NetworkScope.class),
					fields.string("convenor", false), fields.strings("members"));
			case MEASURE -> measure(fields);
			case PAGE -> new Entry.Page();
		};
	}

	private Entry.Measure measure(Fields fields) {
		List<String> areas = fields.strings("fields");
		if (areas.isEmpty()) {
			fields.problem("fields", "a measure needs at least one field of action");
		}
		String deadline = fields.string("deadline", true);
		if (deadline == null) {
			return null;
		}
		try {
			return new Entry.Measure(areas, Deadline.parse(deadline));
		}
		catch (IllegalArgumentException e) {
			fields.problem("deadline", e.getMessage());
			return null;
		}
	}

	private Contact contact(Fields fields) {
		Fields contact = fields.child("contact", false);
		if (contact == null) {
			return null;
		}
		contact.allowOnly(Set.of("person", "phone", "email", "address", "web"));
		String email = contact.string("email", false);
		if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[a-z]{2,}")) {
			contact.problem("email", "'" + email + "' is not an e-mail address");
		}
		String web = contact.string("web", false);
		if (web != null && !web.startsWith("https://")) {
			contact.problem("web", "'" + web + "' must be an https:// address");
		}
		return new Contact(contact.string("person", false), contact.string("phone", false), email,
				contact.string("address", false), web);
	}

	private <E extends Enum<E>> E enumValue(Fields fields, String name, Class<E> type) {
		String value = fields.string(name, true);
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.replace('-', '_').toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			List<String> allowed = new ArrayList<>();
			for (E constant : type.getEnumConstants()) {
				allowed.add(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
			}
			fields.problem(name, "'" + value + "' is not one of " + allowed);
			return null;
		}
	}

	private Map<String, Text> texts(Fields fields, int revision) {
		Fields texts = fields.child("texts", true);
		Map<String, Text> result = new LinkedHashMap<>();
		if (texts == null) {
			return result;
		}
		if (!texts.has("de")) {
			texts.problem("de", "missing: every entry needs a German text");
		}
		for (String key : texts.keys()) {
			String lang = key.endsWith(Entry.EASY_SUFFIX) ? key.substring(0, key.length() - Entry.EASY_SUFFIX.length()) : key;
			if (!languages.contains(lang)) {
				texts.problem(key, "unknown language code '" + lang + "' (known: " + String.join(" ", languages) + ")");
				continue;
			}
			Text text = text(texts.child(key, true), key.equals("de"), revision);
			if (text != null) {
				result.put(key, text);
			}
		}
		return result;
	}

	private Text text(Fields text, boolean original, int revision) {
		if (text == null) {
			return null;
		}
		text.allowOnly(TEXT_FIELDS);
		String title = text.string("title", true);
		if (original) {
			text.string("summary", true);
		}
		String provenanceId = text.string("provenance", true);
		Provenance provenance = provenanceId == null ? null : Provenance.of(provenanceId).orElse(null);
		if (provenanceId != null && provenance == null) {
			text.problem("provenance", "'" + provenanceId + "' is not one of source, human, machine-assisted");
		}
		Integer translates = text.integer("translates", !original);
		if (original && translates != null) {
			text.problem("translates", "the German original translates nothing");
		}
		if (translates != null && translates > revision) {
			text.problem("translates", "revision " + translates + " of the German text does not exist (revision is "
					+ revision + ")");
		}
		if (title == null || provenance == null) {
			return null;
		}
		return new Text(title, text.string("summary", false), text.string("body", false), text.string("subGoal", false),
				text.string("rhythm", false), provenance, text.bool("reviewed"), translates);
	}

}
