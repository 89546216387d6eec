/**
 * Who may do what: Spring Security's configuration (form login with a session in the database, CSRF,
 * bearer tokens of programs, security headers), login throttling, the password policy, the caller of a
 * request, and {@link org.hspnavigator.web.security.AccessPolicy}, the one place where the access rules
 * live. No feature's endpoint or SQL lives here.
 */
package org.hspnavigator.web.security;
