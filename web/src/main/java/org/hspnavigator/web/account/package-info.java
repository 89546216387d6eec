/**
 * Organizations, their users and API tokens: the caller's own account and password, the members an owner
 * creates and changes, the tokens users make for programs (shown once, stored hashed, revocable), and the
 * CSRF token a browser sends back. Also used by the administration commands, which start no server.
 */
package org.hspnavigator.web.account;
