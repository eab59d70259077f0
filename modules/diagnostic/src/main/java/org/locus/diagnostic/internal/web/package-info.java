/** The diagnostic's task forms: view-scoped beans on the platform's TaskForm, one per user task. */
package org.locus.diagnostic.internal.web;
