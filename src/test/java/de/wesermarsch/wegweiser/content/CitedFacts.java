package de.wesermarsch.wegweiser.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the phone numbers, e-mail and web addresses an entry gives (in any text of any language, or in its contact
 * block) that stand in none of the sources the entry itself cites: the text of a file source, or the excerpt and
 * address of a web source. Stricter than the content report's check on purpose: short numbers (110, 112, 116 117)
 * count, a number must stand in a source as a whole number (not as digits somewhere in a long text), digits of any
 * script are read as digits, and a web address must be the cited page's own address, its site, or in its words.
 */
final class CitedFacts {

	/** German numbers (0…, +49…) and the short emergency and service numbers (110, 112, 116 xxx, 115). */
	static final Pattern PHONE = Pattern.compile(
			"(?<![\\d+])(?:\\+49|0)\\d[\\d /()\\-]{4,}\\d(?!\\d)|(?<!\\d)11\\d(?: ?\\d{3})?(?![\\d])");

	static final Pattern EMAIL = Pattern.compile("[\\w.%+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,}",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

	static final Pattern WEB = Pattern.compile("(?:https?://|www\\.)[^\\s<>\"')\\]»«,;،؛]+"
			+ "|(?<![@\\w.-])[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:de|com|org|net|eu|info)(?:/[^\\s<>\"')\\]»«,;،؛]*)?(?![\\w-])",
			Pattern.CASE_INSENSITIVE);

	private final Map<String, Cited> cited;

	/** What a source offers to check against: its words (canonical) and, for a web page, its address. */
	private record Cited(String words, Set<String> phones, String url) {
	}

	CitedFacts(Content content, Path contentDirectory) {
		this.cited = content.sources().values().stream().collect(Collectors.toMap(Source::id, s -> cited(s, contentDirectory)));
	}

	/** One sentence per fact of the entry that none of its cited sources gives. */
	List<String> unsourced(Entry entry) {
		List<Cited> sources = entry.sources().stream().map(s -> cited.get(s.document())).filter(c -> c != null).toList();
		String where = entry.type().folder() + "/" + entry.id() + ".yaml";
		String names = entry.sources().stream().map(SourceRef::document).collect(Collectors.joining(", "));
		List<String> found = new ArrayList<>();
		for (String fact : phones(given(entry))) {
			if (sources.stream().noneMatch(s -> s.phones().contains(canonicalPhone(fact)))) {
				found.add(where + ": phone number '" + fact + "' stands in none of its sources (" + names + ")");
			}
		}
		for (String fact : matches(EMAIL, given(entry))) {
			if (sources.stream().noneMatch(s -> s.words().contains(fact.toLowerCase(Locale.ROOT)))) {
				found.add(where + ": e-mail '" + fact + "' stands in none of its sources (" + names + ")");
			}
		}
		for (String fact : matches(WEB, given(entry))) {
			String web = canonicalWeb(fact);
			if (sources.stream().noneMatch(s -> s.words().contains(web) || s.url() != null && s.url().startsWith(web))) {
				found.add(where + ": web address '" + fact + "' stands in none of its sources (" + names + ")");
			}
		}
		entry.contact().map(Contact::address).map(CitedFacts::words).filter(a -> sources.stream()
			.noneMatch(s -> s.words().contains(a))).ifPresent(a -> found.add(where + ": address '" + a
					+ "' stands in none of its sources (" + names + ")"));
		return found;
	}

	/** Every text of the entry in every language, and its contact block, with digits of any script as 0-9. */
	static String given(Entry entry) {
		StringBuilder all = new StringBuilder();
		entry.texts().values().forEach(t -> Stream.of(t.title(), t.summary(), t.body(), t.subGoal(), t.rhythm())
			.filter(s -> s != null).forEach(s -> all.append(s).append('\n')));
		entry.contact().ifPresent(c -> Stream.of(c.phone(), c.email(), c.web(), c.address())
			.filter(s -> s != null).forEach(s -> all.append(s).append('\n')));
		return asciiDigits(all.toString());
	}

	static Set<String> phones(String text) {
		return matches(PHONE, asciiDigits(text));
	}

	/** A phone number as its digits, in national form: "+49 911 943-6390" and "0911 9436390" are one number. */
	static String canonicalPhone(String number) {
		String digits = number.replaceAll("\\D", "");
		if (number.strip().startsWith("+49")) {
			String rest = digits.substring(2);
			return rest.startsWith("0") ? rest : "0" + rest;
		}
		return digits;
	}

	/** A web address as sources write it: lower case, without scheme, "www." and trailing slash. */
	static String canonicalWeb(String address) {
		return address.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "")
			.replaceAll("[/.:!?]+$", "");
	}

	private static Cited cited(Source source, Path contentDirectory) {
		String text = source.web() ? source.excerpt() + "\n" + source.url() : read(contentDirectory.resolve(source.file()));
		Set<String> phones = phones(text).stream().map(CitedFacts::canonicalPhone).collect(Collectors.toSet());
		String words = words(text);
		for (String web : matches(WEB, text)) {
			words += "\n" + canonicalWeb(web);
		}
		return new Cited(words, phones, source.web() ? canonicalWeb(source.url()) : null);
	}

	private static String words(String text) {
		return asciiDigits(text).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
	}

	private static Set<String> matches(Pattern pattern, String text) {
		Set<String> found = new LinkedHashSet<>();
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			found.add(m.group().replaceAll("[.:!?]+$", ""));
		}
		return found;
	}

	/** Digits of any script (Arabic-Indic, Persian, …) as ASCII digits; bidirectional marks removed. */
	static String asciiDigits(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().filter(c -> c != 0x200E && c != 0x200F).forEach(c -> {
			if (Character.isDigit(c)) {
				out.append((char) ('0' + Character.digit(c, 10)));
			}
			else {
				out.appendCodePoint(c);
			}
		});
		return out.toString();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
