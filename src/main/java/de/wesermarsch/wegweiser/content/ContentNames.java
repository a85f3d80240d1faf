package de.wesermarsch.wegweiser.content;

/**
 * Which names in the content and i18n directories are not content: dotfiles and dot-folders (a ConfigMap's
 * {@code ..data}, {@code .git}, Emacs' lock {@code .#x.yaml}) and editors' backup, swap and temporary files
 * ({@code x.yaml~}, {@code #x.yaml#}, {@code x.swp}, {@code x.bak}, {@code x.tmp}, {@code x.orig}). They are
 * never read, never make content fail and never start a reload, so writing {@code x.yaml.tmp} and renaming it
 * to {@code x.yaml} publishes a file at once.
 */
public final class ContentNames {

	private ContentNames() {
	}

	public static boolean ignored(String name) {
		return name.startsWith(".") || name.startsWith("#") || name.endsWith("~") || name.endsWith("#")
				|| name.endsWith(".swp") || name.endsWith(".swo") || name.endsWith(".swx") || name.endsWith(".bak")
				|| name.endsWith(".tmp") || name.endsWith(".orig");
	}

}
