package org.hspnavigator.web.system;

import java.util.Optional;

/**
 * The addresses of the workspace's pages, each starting with the page's language
 * ({@code /ja/workspace/applicants}) like the public {@link Pages}. Every one of them but the login page
 * needs a logged-in user; the security configuration and the page controllers both take their paths
 * from here.
 */
public final class WorkspacePages {

    /** Every workspace page, for the security configuration. */
    public static final String ALL = "/" + Pages.LANGUAGE + "/workspace/**";

    public static final String HOME = "/" + Pages.LANGUAGE + "/workspace";
    public static final String LOGIN = "/" + Pages.LANGUAGE + "/workspace/login";
    public static final String LOGOUT = "/" + Pages.LANGUAGE + "/workspace/logout";
    public static final String APPLICANTS = "/" + Pages.LANGUAGE + "/workspace/applicants";
    public static final String APPLICANT = APPLICANTS + "/{applicantId}";
    public static final String APPLICANT_FACTS = APPLICANT + "/facts";
    public static final String SNAPSHOTS = APPLICANT + "/snapshots";
    public static final String SNAPSHOT = SNAPSHOTS + "/{snapshotId}";
    public static final String APPLICANT_APPLICATIONS = APPLICANT + "/applications";
    public static final String APPLICATION = "/" + Pages.LANGUAGE + "/workspace/applications/{applicationId}";
    public static final String APPLICATION_STATUS = APPLICATION + "/status";
    public static final String CHECKLIST_MARK = APPLICATION + "/checklist";
    public static final String DEADLINES = "/" + Pages.LANGUAGE + "/workspace/deadlines";
    public static final String CALENDAR_FEED = DEADLINES + "/calendar-feed";
    public static final String AUDIT = "/" + Pages.LANGUAGE + "/workspace/audit";
    public static final String MEMBERS = "/" + Pages.LANGUAGE + "/workspace/members";
    public static final String MEMBER = MEMBERS + "/{memberId}";
    public static final String TOKENS = "/" + Pages.LANGUAGE + "/workspace/tokens";
    public static final String TOKEN_REVOKE = TOKENS + "/{tokenId}/revoke";
    public static final String IMPORT = "/" + Pages.LANGUAGE + "/workspace/import";

    private WorkspacePages() {
    }

    /** The language tag a workspace path starts with, if it starts with one of the pages' languages. */
    public static Optional<PageLanguage> languageOf(String path) {
        int end = path.indexOf('/', 1);
        return path.length() <= 1 ? Optional.empty()
                : PageLanguage.ofTag(path.substring(1, end < 0 ? path.length() : end));
    }

    /** The address of the login page in the language of {@code path} (English when it names none). */
    public static String loginOf(String path) {
        return "/" + languageOf(path).orElse(PageLanguage.ENGLISH).tag() + "/workspace/login";
    }
}
