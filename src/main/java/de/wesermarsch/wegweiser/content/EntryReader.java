package de.wesermarsch.wegweiser.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one entry file into an {@link Entry}, reporting every problem of the file; references to other files
 * (topics, places, sources, other entries) are checked later by {@link References}, which knows them all.
 */
final class EntryReader {

	private static final Set<String> COMMON = Set.of("id", "type", "revision", "reviewed", "source", "topics",
			"places", "audiences", "responsible", "original", "texts");

	private static final Map<EntryType, Set<String>> SPECIFIC = Map.of(EntryType.OFFER,
			Set.of("organisation", "status", "contact"), EntryType.NETWORK, Set.of("scope", "convenor", "members"),
			EntryType.MEASURE, Set.of("fields", "deadline"), EntryType.GUIDE, Set.of("parent", "order", "contact"),
			EntryType.PAGE, Set.of());

	static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

	private final Problems problems;

	private final TextReader texts;

	private final boolean strict;

	EntryReader(Problems problems, Set<String> languages, boolean strict) {
		this.problems = problems;
		this.texts = new TextReader(languages, strict);
		this.strict = strict;
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
		String type = fields.string("type", false);
		if (type != null && !type.equals(folderType.id())) {
			fields.problem("type", "'" + type + "' does not fit the folder " + folderType.folder() + "/ (expected "
					+ folderType.id() + ")");
		}
		Set<String> allowed = new HashSet<>(COMMON);
		allowed.addAll(SPECIFIC.get(folderType));
		fields.allowOnly(allowed);
		Integer revision = fields.integer("revision", false);
		if (revision != null && revision < 1) {
			fields.problem("revision", "must be 1 or more");
		}
		LocalDate reviewed = fields.date("reviewed", strict);
		List<SourceRef> sources = sources(fields);
		String original = fields.string("original", false);
		Entry.Details details = details(folderType, fields);
		Map<String, Text> texts = this.texts.read(fields, original == null ? "de" : original,
				revision == null ? 1 : revision);
		if (problems.messages().size() > before || details == null) {
			return null;
		}
		return new Entry(id, folderType, revision == null ? 1 : revision, reviewed, sources, fields.strings("topics"),
				fields.strings("places"), fields.strings("audiences"), fields.string("responsible", false),
				original == null ? "de" : original, details, texts);
	}

	/** {@code source}: one mapping {document, chapter} or a list of them; the first is the main source. */
	private List<SourceRef> sources(Fields fields) {
		List<SourceRef> sources = new ArrayList<>();
		for (Fields source : fields.children("source")) {
			source.allowOnly(Set.of("document", "chapter"));
			String document = source.string("document", true);
			if (document != null) {
				sources.add(new SourceRef(document, source.string("chapter", false)));
			}
		}
		if (strict && sources.isEmpty() && !fields.has("source")) {
			fields.problem("source", "missing");
		}
		return sources;
	}

	private Entry.Details details(EntryType type, Fields fields) {
		return switch (type) {
			case OFFER -> new Entry.Offer(fields.string("organisation", false),
					enumValue(fields, "status", OfferStatus.class), contact(fields));
			case NETWORK -> new Entry.Network(enumValue(fields, "scope", NetworkScope.class),
					fields.string("convenor", false), fields.strings("members"));
			case MEASURE -> measure(fields);
			case GUIDE -> new Entry.Guide(fields.string("parent", false), fields.integer("order", false),
					contact(fields));
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
		contact.allowOnly(Set.of("person", "phone", "email", "address", "web", "hours"));
		String email = contact.string("email", false);
		if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[a-z]{2,}")) {
			contact.problem("email", "'" + email + "' is not an e-mail address");
		}
		String web = contact.string("web", false);
		if (web != null && !web.startsWith("https://")) {
			contact.problem("web", "'" + web + "' must be an https:// address");
		}
		return new Contact(contact.string("person", false), contact.string("phone", false), email,
				contact.string("address", false), web, contact.string("hours", false));
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

}
