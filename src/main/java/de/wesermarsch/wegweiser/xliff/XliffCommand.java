package de.wesermarsch.wegweiser.xliff;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.ContentException;
import de.wesermarsch.wegweiser.content.ContentLoader;

/**
 * The translation round trip from the command line:
 * <pre>
 * xliff-export LANG FILE [--all | --since YYYY-MM-DD] [--content DIR] [--i18n DIR]
 * xliff-import FILE [--content DIR] [--i18n DIR]
 * </pre>
 * Exit code 0 when done, 1 when the content or the file is refused (each problem printed as a sentence, nothing
 * written), 2 for a call that is not of this form.
 */
public final class XliffCommand {

	static final String USAGE = """
			usage: xliff-export LANG FILE [--all | --since YYYY-MM-DD] [--content DIR] [--i18n DIR]
			       xliff-import FILE [--content DIR] [--i18n DIR]""";

	private final PrintStream out;

	private final PrintStream err;

	private final Clock clock;

	XliffCommand(PrintStream out, PrintStream err, Clock clock) {
		this.out = out;
		this.err = err;
		this.clock = clock;
	}

	/** Whether the arguments name one of this class's commands. */
	public static boolean handles(String[] args) {
		return args.length > 0 && (args[0].equals("xliff-export") || args[0].equals("xliff-import"));
	}

	public static int run(String[] args) {
		return new XliffCommand(System.out, System.err, Clock.systemDefaultZone()).execute(args);
	}

	int execute(String[] args) {
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			err.println(USAGE);
			return 2;
		}
		try {
			Content content = new ContentLoader(options.content(), options.i18n()).load();
			return options.export() ? export(content, options) : importFile(content, options);
		}
		catch (ContentException e) {
			err.println("The content does not load, so nothing was exported or imported:");
			e.problems().forEach(p -> err.println("  " + p));
			return 1;
		}
		catch (XliffException e) {
			err.println("Refused; the content is unchanged:");
			e.problems().forEach(p -> err.println("  " + p));
			return 1;
		}
		catch (IOException e) {
			err.println("Cannot read or write " + options.file() + ": " + e.getMessage());
			return 1;
		}
	}

	private int export(Content content, Options options) throws IOException {
		if (!content.languageCodes().contains(options.lang()) || options.lang().equals("de")) {
			throw new XliffException(List.of("'" + options.lang() + "' is not a language to translate into (this site has "
					+ String.join(" ", content.languageCodes().stream().filter(c -> !c.equals("de")).toList()) + ")."));
		}
		List<Due> due = Due.of(content, options.lang(), options.selection());
		if (due.isEmpty()) {
			out.println("Nothing is due for " + options.lang() + " in this selection; no file written.");
			return 0;
		}
		Path temp = Files.createTempFile(options.file().toAbsolutePath().getParent(), ".xliff-export", ".tmp");
		int units;
		try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
			units = new XliffExport(content, Glossary.read(options.i18n())).write(writer, options.lang(), due,
					LocalDate.now(clock));
		}
		Files.move(temp, options.file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		out.println("Wrote " + units + " units (" + due.size() + " texts) for " + options.lang() + " to " + options.file() + ".");
		return 0;
	}

	private int importFile(Content content, Options options) throws IOException {
		Delivery delivery;
		try (InputStream in = Files.newInputStream(options.file())) {
			delivery = Delivery.read(in);
		}
		XliffImport.Plan plan = new XliffImport(content).plan(delivery, LocalDate.now(clock));
		List<Path> files = plan.translations().isEmpty() ? List.of()
				: new ContentFiles(options.content(), options.i18n()).write(plan);
		out.println("Imported " + plan.translations().size() + " " + plan.lang() + " texts by " + plan.translator()
				+ " into " + files.size() + " files.");
		if (!plan.untranslated().isEmpty()) {
			out.println("Left as they were (no segment marked translated): " + String.join(", ", plan.untranslated()));
		}
		return 0;
	}

	/** The parsed command line. */
	record Options(boolean export, String lang, Path file, Due.Selection selection, Path content, Path i18n) {

		static Options parse(String[] args) {
			boolean export = args[0].equals("xliff-export");
			List<String> positional = new ArrayList<>();
			Path content = Path.of("content");
			Path i18n = Path.of("i18n");
			boolean all = false;
			LocalDate since = null;
			for (int i = 1; i < args.length; i++) {
				switch (args[i]) {
					case "--all" -> all = true;
					case "--since" -> since = date(value(args, ++i, "--since"));
					case "--content" -> content = Path.of(value(args, ++i, "--content"));
					case "--i18n" -> i18n = Path.of(value(args, ++i, "--i18n"));
					default -> {
						if (args[i].startsWith("--")) {
							throw new IllegalArgumentException("Unknown option " + args[i] + ".");
						}
						positional.add(args[i]);
					}
				}
			}
			if (positional.size() != (export ? 2 : 1) || !export && (all || since != null)) {
				throw new IllegalArgumentException(args[0] + ": wrong arguments.");
			}
			Due.Selection selection = new Due.Selection(all, since);
			return export ? new Options(true, positional.get(0), Path.of(positional.get(1)), selection, content, i18n)
					: new Options(false, null, Path.of(positional.get(0)), selection, content, i18n);
		}

		private static String value(String[] args, int i, String option) {
			if (i >= args.length) {
				throw new IllegalArgumentException(option + " needs a value.");
			}
			return args[i];
		}

		private static LocalDate date(String value) {
			try {
				return LocalDate.parse(value);
			}
			catch (DateTimeParseException e) {
				throw new IllegalArgumentException("--since takes a date of the form YYYY-MM-DD, not '" + value + "'.");
			}
		}

	}

}
