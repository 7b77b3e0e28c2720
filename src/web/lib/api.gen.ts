/**
 * Generated from /api/openapi.json by openapi-typescript (npm run api:types). Do not edit by hand:
 * test/contract/api-types.test.ts fails when this no longer matches the server.
 */
export interface paths {
    "/api/v1/ambassadors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The community: active ambassadors, internal and external, by topic, region and language */
        get: operations["listAmbassadors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ambassadors/{personId}/thanks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thank an ambassador with a note, optionally shown to the whole company */
        post: operations["thankAmbassador"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ambassadors/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite someone personally to become an ambassador (coordinators); only they can accept */
        post: operations["inviteAmbassador"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ambassadors/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Suggested topics ambassadors can speak to (people may add their own) */
        get: operations["listAmbassadorTopics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sign-ins (failed ones too) and admin actions, newest first, with names and links (admins) */
        get: operations["listAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every entry the filters match, newest first, as CSV for Excel (admins)
         * @description UTF-8 with a byte order mark, `;` between cells and CRLF line ends, so it opens in one click in Excel with a Belgian locale. Column names and action names in `lang`; times in the organisation’s time zone. Text a spreadsheet would run as a formula gets a leading `'`. The export itself is recorded (`audit.export`).
         */
        get: operations["exportAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What an invitation is for */
        get: operations["describeInvitation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation: choose a password and sign in */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a password reset link (same answer whether or not the address exists) */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose a new password with a reset token; ends all sessions and revokes the API tokens */
        post: operations["confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password; sets the session cookie */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End every session of the signed-in user, on every device, and revoke their API tokens */
        post: operations["signOutEverywhere"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/discover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Where to sign in with a work account: organisations with SSO that use this email domain (by domain only) */
        post: operations["discoverSso"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat-channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Teams and Slack channels journey steps can post to (admins) */
        get: operations["listChatChannels"];
        put?: never;
        /** Connect a Teams or Slack channel by its incoming webhook URL (admins) */
        post: operations["createChatChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat-channels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Disconnect a channel (admins); 409 chat-channel-in-use while journey steps post to it */
        delete: operations["deleteChatChannel"];
        options?: never;
        head?: never;
        /** Rename a channel, change its language or its URL (admins) */
        patch: operations["updateChatChannel"];
        trace?: never;
    };
    "/api/v1/chat-channels/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post a short test message in the channel's language (admins); answers what the channel said */
        post: operations["testChatChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community/comments/{commentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Edit your own comment */
        put: operations["updateCommunityComment"];
        post?: never;
        /** Delete your own comment */
        delete: operations["deleteCommunityComment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The community feed (all topics or one), newest first, paged by cursor; the first page carries the pinned posts */
        get: operations["listCommunityPosts"];
        put?: never;
        /** Publish a post in your own words (Markdown, your own uploaded images) */
        post: operations["createCommunityPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community/posts/{postId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A post with its comments */
        get: operations["getCommunityPost"];
        /** Edit your own post (nobody else can) */
        put: operations["updateCommunityPost"];
        post?: never;
        /** Delete your own post */
        delete: operations["deleteCommunityPost"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community/posts/{postId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Comment on a post */
        post: operations["createCommunityComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community/posts/{postId}/hidden": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Hide a post for a legal reason, told to the author (coordinators); reason null shows it again */
        put: operations["hideCommunityPost"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community/posts/{postId}/pin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Pin or unpin a post (coordinators) */
        put: operations["pinCommunityPost"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community/posts/{postId}/reactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** React to a post with one of a small fixed set, or take the reaction back (reacted: false) */
        put: operations["setCommunityReaction"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliveries, newest first; status=failed for those needing attention (HR) */
        get: operations["listDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deliveries/{id}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every attempt of a delivery and its error */
        get: operations["listDeliveryAttempts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deliveries/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a failed delivery again */
        post: operations["retryDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Upcoming community events, with their places and your own sign-up */
        get: operations["listCommunityEvents"];
        put?: never;
        /** Create an event (coordinators) */
        post: operations["createCommunityEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One event; coordinators also see who signed up */
        get: operations["getCommunityEvent"];
        /** Edit an event (coordinators); more places move people up from the waiting list */
        put: operations["updateCommunityEvent"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{eventId}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record whether a participant came (coordinators) */
        put: operations["recordCommunityEventAttendance"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{eventId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an event (coordinators) */
        post: operations["cancelCommunityEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{eventId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite active ambassadors by topic, region or language (coordinators); a mail each, once per person and event */
        post: operations["inviteToCommunityEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{eventId}/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Sign up yourself: confirmed while there is a place, else on the waiting list */
        put: operations["signUpForCommunityEvent"];
        post?: never;
        /** Cancel your sign-up; the first one waiting moves up */
        delete: operations["cancelCommunityEventSignup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/insights/diversity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ambassadors against the workforce by department, site, region, seniority, language and new hires (coordinators) */
        get: operations["getDiversity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/insights/impact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Impact of the program per week, by department and by region (coordinators) */
        get: operations["getImpact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pending invitations (admins) */
        get: operations["listInvitations"];
        put?: never;
        /** Invite someone by email with a role (admins) */
        post: operations["inviteUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw a pending invitation (admins) */
        delete: operations["withdrawInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The 20 most recent bulk invitations (admins) */
        get: operations["listBulkInvitations"];
        put?: never;
        /** Invite everyone of a segment without an account or open invitation, each in their language (admins); runs in the background, 409 bulk-invitations-sso-required when SSO is required */
        post: operations["startBulkInvitations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/bulk/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A bulk invitation and its progress (admins) */
        get: operations["getBulkInvitation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/bulk/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** How many people of a segment a bulk invitation would invite now (admins) */
        post: operations["previewBulkInvitations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/journey-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ready journeys to start from, and the placeholders messages can use */
        get: operations["listJourneyTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/journeys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Journeys with their steps (HR) */
        get: operations["listJourneys"];
        put?: never;
        /** Create a journey, from a template or empty; inactive until activated */
        post: operations["createJourney"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/journeys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A journey and its steps */
        get: operations["getJourney"];
        put?: never;
        post?: never;
        /** Delete a journey */
        delete: operations["deleteJourney"];
        options?: never;
        head?: never;
        /** Rename, scope (departments, sites, languages, employment types), missed-step policy, activate */
        patch: operations["updateJourney"];
        trace?: never;
    };
    "/api/v1/journeys/{id}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a step */
        post: operations["addJourneyStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/journeys/{id}/steps/{stepId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a step */
        put: operations["updateJourneyStep"];
        post?: never;
        /** Remove a step */
        delete: operations["deleteJourneyStep"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/journeys/{id}/steps/{stepId}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A step's message with a real person's data, in a language */
        get: operations["previewJourneyStep"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mailbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Mail the organisation sent (the dev mailbox when no SMTP_URL is set), newest first (admins)
         * @description With SMTP_URL set, secret links (password reset, invitation) show as "[link hidden: sent by SMTP]": only their recipient gets them. Without it (devMailbox: true) this is a development and demo tool that shows every mail whole.
         */
        get: operations["listMailbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, organisation, permissions and CSRF token */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Choose your interface language (null: automatic) or display name; answers as GET /me */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/api/v1/me/ambassador": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your ambassadorship, if any, and a pending invitation */
        get: operations["getMyAmbassadorship"];
        /**
         * Join the ambassador program, or change your scope and profile (only you can)
         * @description External scope is refused (422) for people in a sensitive function and with behindTheScenes. Joining takes effect at once.
         */
        put: operations["joinOrUpdateAmbassadorship"];
        post?: never;
        /** Leave the ambassador program: gone from every public surface at once */
        delete: operations["leaveAmbassadorProgram"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/ambassador/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer an invitation with "maybe later" or "no thanks" (joining accepts it) */
        post: operations["answerAmbassadorInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/ambassador/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Upload your profile photo (resized, metadata removed) */
        put: operations["uploadAmbassadorPhoto"];
        post?: never;
        /** Remove your profile photo */
        delete: operations["deleteAmbassadorPhoto"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/buddy-volunteer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Volunteer as a buddy, or stop */
        put: operations["setBuddyVolunteer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether you have a personal calendar feed, since when, and when it was last read */
        get: operations["getCalendarFeed"];
        put?: never;
        /** A new secret calendar feed URL (shown once) of your moments, tasks and events; the previous one stops working */
        post: operations["createCalendarFeed"];
        /** Revoke your calendar feed URL: calendar programs get 404 from it */
        delete: operations["revokeCalendarFeed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/community/digest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How often you get the community digest */
        get: operations["getCommunityDigest"];
        /** Choose the community digest: off, daily or weekly (the default) */
        put: operations["setCommunityDigest"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything Embassy holds about you, as one JSON document (GDPR access and portability)
         * @description Your account, your directory record, and everything about you in the ambassador program and the moments that matter. Answered as an attachment (my-embassy-data.json); the "My data" page of the app offers the same download. Each export is audited.
         */
        get: operations["exportMyData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The images you uploaded for stories, newest first (at most 200): to choose one while writing */
        get: operations["listMyMedia"];
        put?: never;
        /** Upload an image for a story; use the returned url in Markdown: ![alt](url) */
        post: operations["uploadMedia"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/moments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The moments that matter to you, and who is reminded of them */
        get: operations["getMyMoments"];
        /** Choose who is reminded, whether your birth year shows, and which moments you want noticed */
        put: operations["updateMyMoments"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/moments/personal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a moment of your own (a child's birthday: day and month, first name optional), with your explicit consent */
        post: operations["addPersonalMoment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/moments/personal/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw consent: the moment is deleted and its reminders stop */
        delete: operations["deletePersonalMoment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/optional-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Erase everything you chose to give: ambassadorship, stories, photos, posts, personal moments, preferences
         * @description At once and for good: you leave the public careers pages in the same transaction. Your directory record stays (HR keeps it for the legal periods). Without a directory entry linked to your account there is nothing to erase: every count is 0.
         */
        delete: operations["eraseMyOptionalData"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Posts you reported making elsewhere */
        get: operations["listMyPosts"];
        put?: never;
        /** Report a work-related post you made elsewhere (tone and topic as you judge them) */
        post: operations["reportPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/posts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a reported post */
        delete: operations["deletePost"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Questions candidates asked you (their address stays hidden) */
        get: operations["listMyQuestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/questions/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a question by mail; shareEmail lets the candidate reply to you directly */
        post: operations["answerQuestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/recognitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your thanks and milestones */
        get: operations["listMyRecognitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/share-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Your tracked share link, to your profile or one of your stories */
        post: operations["createShareLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/stories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a story, at once: no approval, no editing by others */
        post: operations["createStory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your tasks (HR also sees HR's) */
        get: operations["listMyTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/moments/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Upcoming moments of your reports (HR: everyone, or one manager's reports) */
        get: operations["getMomentsCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/moments/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the daily sweep for a day (HR); idempotent */
        post: operations["runMoments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your organisation's settings */
        get: operations["getOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the name, default language or time zone (admins) */
        patch: operations["updateOrganisation"];
        trace?: never;
    };
    "/api/v1/organisation/branding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The careers pages' branding: colour, logo, hero image, intro per language (program.manage) */
        get: operations["getBranding"];
        /** Set the brand colour (null: the default) and the intro per language (an empty intro: the standard one) */
        put: operations["updateBranding"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisation/branding/hero": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Upload the hero image (at most 1920x1080 px); resized, metadata removed, the previous one deleted */
        put: operations["uploadBrandHero"];
        post?: never;
        /** Remove the hero image */
        delete: operations["deleteBrandHero"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisation/branding/logo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Upload the logo (at most 800x400 px, transparency kept); resized, metadata removed, the previous one deleted */
        put: operations["uploadBrandLogo"];
        post?: never;
        /** Remove the logo */
        delete: operations["deleteBrandLogo"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search and filter the directory, in name order, a page at a time */
        get: operations["listPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One person, with their direct reports */
        get: operations["getPerson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}/buddy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The newcomer's buddy and ranked suggestions with their reasons (HR, the manager) */
        get: operations["getBuddy"];
        /** Confirm a buddy (null: none) */
        put: operations["setBuddy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's moments: delivered and to come (HR, the person, their manager) */
        get: operations["getPersonTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The whole directory as CSV (UTF-8 with BOM, `;` by default), in the import's columns (admins)
         * @description Opens in one click in Excel with a Belgian locale: UTF-8 with a byte order mark, `;` between cells and CRLF line ends. `delimiter=,` writes commas instead. Cells holding `;`, `,`, tab, quotes or line breaks are quoted whatever the delimiter, and text a spreadsheet would run as a formula gets a leading `'`; the import undoes exactly that, so the export imports back unchanged.
         */
        get: operations["exportPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/facets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Departments, sites and languages to filter on */
        get: operations["listPeopleFacets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import people from CSV (admins): all rows valid or nothing written
         * @description UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252 (what Excel saves as plain "CSV"); a file that is none of these (a NUL byte, a byte Windows-1252 does not define) is refused with `csv-nul-byte`, `csv-encoding-unknown` or `csv-encoding-invalid`, and the answer says which encoding was read. `;`, `,` or tab as delimiter (found from the header row). Rows whose cells are all blank are skipped and counted (`skippedBlankRows`). A quote in a field that is not wholly in quotes is refused (`csv-stray-quote`) wherever it stands. Headers matched by name in Dutch, French or English (e.g. Personeelsnummer, Matricule, Employee number). People are matched by employee number: new ones are created, changed ones updated, identical ones left alone. Columns absent from the file leave stored values as they are; an empty cell clears one. If any row is invalid nothing is written and the 422 answer lists every problem with its row (the header is row 1) and column.
         */
        post: operations["importPeople"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/imports/{progressId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress of a running import (admins) */
        get: operations["getImportProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/orgs/{slug}/ambassadors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public ambassadors (external, opted in, never sensitive) */
        get: operations["listPublicAmbassadors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/orgs/{slug}/form-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A signed form token for the question form */
        get: operations["getFormToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/orgs/{slug}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask an ambassador a question; relayed by mail without revealing either address
         * @description Get a formToken from GET /public/orgs/{slug}/form-token first and wait a few seconds (bots do not); a token carries one question (a reused one is accepted and dropped, like a bot's). `storyId`, when given, must be a public story of the asked ambassador, otherwise 422. Rate limited per address and per ambassador.
         */
        post: operations["askPublicQuestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/orgs/{slug}/stories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public stories, newest first */
        get: operations["listPublicStories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recognitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thanks shared with the whole company */
        get: operations["listRecognitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tips, guidelines and trainings, with your completions */
        get: operations["listResources"];
        put?: never;
        /** Publish a tip, guideline or training (coordinators) */
        post: operations["createResource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change or archive a resource (coordinators) */
        put: operations["updateResource"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resources/{id}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Mark a training done */
        put: operations["markResourceDone"];
        post?: never;
        /** Unmark a training */
        delete: operations["unmarkResourceDone"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resources/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Completion per training (coordinators) */
        get: operations["getResourceCompletion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scim/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The SCIM provisioning tokens of the organisation (admins) */
        get: operations["listScimTokens"];
        put?: never;
        /** Create a SCIM provisioning token; the secret is shown once */
        post: operations["createScimToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scim/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a SCIM provisioning token: the provisioning client is refused at once */
        delete: operations["revokeScimToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Work sites with their region */
        get: operations["listSites"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a site or set its region (admins) */
        patch: operations["updateSite"];
        trace?: never;
    };
    "/api/v1/sso": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The single sign-on settings (admins); the client secret is never answered */
        get: operations["getSsoSettings"];
        /** Set the identity provider (admins); without clientSecret the stored secret is kept */
        put: operations["putSsoSettings"];
        post?: never;
        /** Remove single sign-on (admins); accounts stay, passwords work again */
        delete: operations["deleteSsoSettings"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sso/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read the issuer's discovery document and say what it offers (admins) */
        post: operations["checkSsoConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stories for colleagues, newest first */
        get: operations["listStories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One story */
        get: operations["getStory"];
        /** Edit your own story */
        put: operations["updateStory"];
        post?: never;
        /** Delete your own story */
        delete: operations["deleteStory"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stories/{id}/hide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hide a story for a legal reason (coordinators); the reason is recorded and shown to the author */
        post: operations["hideStory"];
        /** Show a hidden story again (coordinators) */
        delete: operations["showStory"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Surveys with their invitation counts: admins all, coordinators the ambassador program’s, managers those sent */
        get: operations["listSurveys"];
        put?: never;
        /** Create a survey from a template or blank; a draft until opened */
        post: operations["createSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A survey and its questions */
        get: operations["getSurvey"];
        put?: never;
        post?: never;
        /** Delete a draft (a survey that was opened is closed instead) */
        delete: operations["deleteSurvey"];
        options?: never;
        head?: never;
        /** Title and introduction per language, minimums (never lowered once answered), segments, timing, alumni offer */
        patch: operations["updateSurvey"];
        trace?: never;
    };
    "/api/v1/surveys/{id}/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A survey's campaigns, newest first (HR) */
        get: operations["listSurveyCampaigns"];
        put?: never;
        /**
         * Send an open survey to everyone in a segment not yet invited to it (HR)
         * @description Each person gets a personal link by mail, in their language; their segment attributes are copied onto the invitation now. Sending again invites only people who were not invited yet.
         */
        post: operations["sendSurveyCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/campaigns/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** How many people a campaign to this segment would invite now (HR); sends nothing */
        post: operations["previewSurveyCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the survey: links stop working, results stay */
        post: operations["closeSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open the survey (again): invitations can be sent and answered */
        post: operations["openSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The respondent's form as a person gets it, in a language (default: yours), every control disabled
         * @description The same server-rendered page the personal link shows, with a banner saying it is a preview; nothing can be sent from it.
         */
        get: operations["previewSurvey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a question written for this survey (not once it has answers) */
        post: operations["addSurveyQuestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/questions/{questionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a question (not once the survey has answers) */
        delete: operations["deleteSurveyQuestion"];
        options?: never;
        head?: never;
        /** Change a question: texts always, kind and options only while there are no answers */
        patch: operations["updateSurveyQuestion"];
        trace?: never;
    };
    "/api/v1/surveys/{id}/questions/from-library": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add questions from the library, by key (not once it has answers) */
        post: operations["addSurveyQuestionsFromLibrary"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/questions/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Put the survey's questions in a new order */
        put: operations["reorderSurveyQuestions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A survey's results: eNPS, each question's distribution, and a heatmap of the questions by a segment
         * @description Admins see every survey; coordinators the ambassador program surveys; managers any survey that was sent, limited to their own team (everyone they manage, directly or not); employees none (403). No group smaller than the survey's minimum is ever shown, nor one whose difference with groups already shown would be: such a group carries `withheld` with the reason and no number at all. Response rates count the invitations of the same group (their segments were copied when they were sent).
         */
        get: operations["getSurveyResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/results.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The same results as CSV for Excel (UTF-8 with BOM, `;` by default), obeying the same minimums
         * @description Admins see every survey; coordinators the ambassador program surveys; managers any survey that was sent, limited to their own team (everyone they manage, directly or not); employees none (403). No group smaller than the survey's minimum is ever shown, nor one whose difference with groups already shown would be: such a group carries `withheld` with the reason and no number at all. One row per group, question and answer, in the reader's language; a withheld group is one row saying why, with no number. Cells a spreadsheet would run as formulas get a leading `'`.
         */
        get: operations["exportSurveyResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/results/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A group's comments, in random order and without times
         * @description Admins see every survey; coordinators the ambassador program surveys; managers any survey that was sent, limited to their own team (everyone they manage, directly or not); employees none (403). Only for a group at least as large as the survey's minimum for comments (twice that while the survey is open), and never one whose comments could be singled out by comparing with groups shown.
         */
        get: operations["getSurveyComments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/results/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The segments results can be filtered and broken down by, with their values (site names as labels)
         * @description Admins see every survey; coordinators the ambassador program surveys; managers any survey that was sent, limited to their own team (everyone they manage, directly or not); employees none (403). The values are those of the people invited in your scope (not of those who answered).
         */
        get: operations["listSurveySegments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/results/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Results per quarter answered, or per start cohort; quarters whose raw answers were deleted come from the kept aggregates
         * @description Admins see every survey; coordinators the ambassador program surveys; managers any survey that was sent, limited to their own team (everyone they manage, directly or not); employees none (403). No group smaller than the survey's minimum is ever shown, nor one whose difference with groups already shown would be: such a group carries `withheld` with the reason and no number at all.
         */
        get: operations["getSurveyTrend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/library": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The question library and the ready templates (HR) */
        get: operations["getSurveyLibrary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's survey settings: how long raw answers are kept */
        get: operations["getSurveySettings"];
        /** Set how many months raw answers are kept (1 to 120); aggregates stay (admin, audited) */
        put: operations["updateSurveySettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Tick checklist items or complete a task */
        patch: operations["updateTask"];
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens (admins: all of the organisation) */
        get: operations["listTokens"];
        put?: never;
        /** Create an API token that acts as you; the secret is shown once */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users of the organisation and their roles (admins) */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user's role, or disable or enable them (admins) */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/webhooks/deliveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A delivery with its payload and every attempt (status, error, the start of the answer) */
        get: operations["getWebhookDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/deliveries/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivered, failed or cancelled delivery again now: the same webhook-id, a new timestamp */
        post: operations["replayWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The webhook endpoints of the organisation (admins) */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Add a webhook endpoint; its whsec_ signing secret is shown once
         * @description The URL is checked when saved: https only, no user name or password, and an address on the public internet (private and loopback addresses only with EMBASSY_ALLOW_PRIVATE_URLS=1); otherwise 422 `webhook-url-refused` with the reason.
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A webhook endpoint (never its secret) */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /** Delete a webhook endpoint and its delivery log */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /** Change a webhook endpoint, disable it, or enable it again (which resets its failure streak) */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/api/v1/webhooks/endpoints/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery log of an endpoint, newest first, a page at a time */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/endpoints/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new signing secret, shown once; the previous one keeps signing for 24 hours
         * @description Until the previous secret expires, every request carries two signatures in `webhook-signature`, one per secret.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/endpoints/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a signed `webhook.test` ping to this endpoint now and answer how it went */
        post: operations["testWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/event-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The events an endpoint can receive, with what their data holds */
        get: operations["listWebhookEventTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Ambassador: {
            active: boolean;
            behindTheScenes: boolean;
            department: string | null;
            /**
             * @description internal: seen by colleagues only; external: also by candidates and the public
             * @enum {string}
             */
            effectiveScope: "internal" | "external";
            firstName: string;
            intro: string;
            jobTitle: string | null;
            joinedAt: string;
            languages: string[];
            lastName: string;
            links: {
                network: string;
                url: string;
            }[];
            /** @description The person id, except for someone behind the scenes seen by others: then a stand-in (their ambassadorship id) that thanks and the story filter accept but the directory does not know */
            personId: string;
            photoUrl: string | null;
            region: string | null;
            /**
             * @description internal: seen by colleagues only; external: also by candidates and the public
             * @enum {string}
             */
            scope: "internal" | "external";
            site: string | null;
            topics: string[];
        } | null;
        ApiToken: {
            createdAt: string;
            id: string;
            lastUsedAt: string | null;
            name: string;
            prefix: string;
            revokedAt: string | null;
            userEmail: string;
            userId: string;
        };
        AuditEntry: {
            action: string;
            /** @description Who, as recorded: an email address, "api token …", "cli" */
            actor: string;
            /** @description The actor's name when their account is someone in the directory */
            actorName: string | null;
            actorPersonId: string | null;
            actorUserId: string | null;
            at: string;
            details: {
                [key: string]: unknown;
            };
            id: number;
            ip: string | null;
            targetId: string | null;
            /** @description The target's name: a person's name, an account's address, a journey's name, a story's title… */
            targetLabel: string | null;
            /** @description Where the target is in the web app; null when it is gone */
            targetLink: string | null;
            targetType: string | null;
        };
        Branding: {
            brandColour: string | null;
            careersUrl: string;
            heroUrl: string | null;
            intro: {
                en: string;
                fr: string;
                nl: string;
            };
            logoUrl: string | null;
            /** @description The colours the careers pages use: the brand colour (or the default) behind headers and buttons with black or white text on it, whichever reads better, and the brand colour as link text, darkened as far as WCAG AA (4.5:1) needs. Contrasts are rounded down. */
            palette: {
                brand: string;
                link: string;
                linkContrast: number;
                textContrast: number;
                textOnBrand: string;
            };
        };
        CalendarFeed: {
            createdAt: string | null;
            /** @description Whether a live feed URL exists (the URL itself is shown only when it is created) */
            exists: boolean;
            /** @description When a calendar program last read it (to the minute) */
            lastUsedAt: string | null;
        };
        /** @description Who a campaign is sent to: every field narrows (AND), values within a field widen (OR) */
        CampaignSegment: {
            /** @description Departments: any of these (left out or empty: everyone) */
            departments?: string[];
            /** @description The language people get their mail in */
            languages?: ("nl" | "fr" | "en")[];
            /** @description Regions of people's sites */
            regions?: ("flanders" | "brussels" | "wallonia" | "abroad")[];
            /** @description Seniority bands on the day of sending */
            seniority?: ("<1y" | "1-3y" | "3-5y" | "5-10y" | "10y+")[];
            /** @description Sites: any of these (left out or empty: everyone) */
            siteIds?: string[];
            /** @description Quarters people started in (YYYY-Qn) */
            startCohorts?: string[];
        };
        CampaignSegmentSent: {
            departments?: string[];
            languages?: string[];
            regions?: string[];
            seniority?: string[];
            siteIds?: string[];
            startCohorts?: string[];
        };
        ChatChannel: {
            createdAt: string;
            id: string;
            /** @enum {string} */
            kind: "teams" | "slack";
            /**
             * @description The language posts are written in; null: the organisation's default
             * @enum {string|null}
             */
            language: "nl" | "fr" | "en" | null;
            name: string;
            updatedAt: string;
            /** @description The host and last four characters of the URL, to tell channels apart */
            urlHint: string;
        };
        CommunityComment: {
            author: {
                firstName: string;
                lastName: string;
                /** @description The person id, except for someone behind the scenes seen by others: then a stand-in (their ambassadorship id) that thanks and the story filter accept but the directory does not know */
                personId: string;
            };
            body: string;
            bodyHtml: string;
            createdAt: string;
            editedAt: string | null;
            hidden: {
                at: string;
                reason: string | null;
            } | null;
            id: string;
            mine: boolean;
            postId: string;
        };
        CommunityDigest: {
            /** @enum {string} */
            frequency: "off" | "daily" | "weekly";
        };
        CommunityEvent: {
            capacity: number | null;
            /** @description Per role ('' = without a role): confirmed and waiting */
            counts: {
                capacity: number | null;
                confirmed: number;
                role: string;
                waiting: number;
            }[];
            description: {
                en?: string;
                fr?: string;
                nl?: string;
            };
            endsAt: string;
            id: string;
            /** @enum {string} */
            kind: "job-fair" | "campus-day" | "meetup" | "online";
            /** @enum {string} */
            language: "nl" | "fr" | "en";
            link: string | null;
            mySignup: {
                /** @description Place on the waiting list (1 = next to move up) */
                position: number | null;
                role: string;
                /** @enum {string} */
                status: "confirmed" | "waiting";
            } | null;
            place: string;
            roles: {
                capacity: number;
                key: string;
                name: {
                    en?: string;
                    fr?: string;
                    nl?: string;
                };
            }[];
            showOnCareers: boolean;
            startsAt: string;
            /** @enum {string} */
            status: "scheduled" | "cancelled";
            title: {
                en?: string;
                fr?: string;
                nl?: string;
            };
        };
        CommunityEventAttendance: {
            attended: boolean;
            /** Format: uuid */
            personId: string;
        };
        CommunityEventDetail: components["schemas"]["CommunityEvent"] & {
            /** @description Coordinators only */
            signups: components["schemas"]["CommunityEventSignup"][] | null;
        };
        CommunityEventInput: {
            /**
             * @description How many take part without a role (null: no limit); each role has its own capacity
             * @default null
             */
            capacity: number | null;
            /**
             * @description A text in each language it is written in (nl, fr, en)
             * @default {}
             */
            description: {
                en?: string;
                fr?: string;
                nl?: string;
            };
            /** Format: date-time */
            endsAt: string;
            /** @enum {string} */
            kind: "job-fair" | "campus-day" | "meetup" | "online";
            /**
             * @description The language the event is held in
             * @enum {string}
             */
            language: "nl" | "fr" | "en";
            /** @default null */
            link: string | null;
            /** @default  */
            place: string;
            /** @default [] */
            roles: {
                capacity: number;
                /** @description A short key of the role, such as 'stand' or 'speaker' */
                key: string;
                /** @description A text in each language it is written in (nl, fr, en) */
                name: {
                    en?: string;
                    fr?: string;
                    nl?: string;
                };
            }[];
            /**
             * @description Show the event on the careers pages
             * @default false
             */
            showOnCareers: boolean;
            /**
             * Format: date-time
             * @description Start, with the offset of the organisation's zone
             */
            startsAt: string;
            /** @description A text in each language it is written in (nl, fr, en) */
            title: {
                en?: string;
                fr?: string;
                nl?: string;
            };
        };
        /** @description Every criterion given must match; none given: every active ambassador */
        CommunityEventInvite: {
            /**
             * @description Speaking any of these languages
             * @default []
             */
            languages: ("nl" | "fr" | "en" | "de")[];
            /**
             * @description Working at a site in any of these regions
             * @default []
             */
            regions: ("flanders" | "brussels" | "wallonia" | "abroad")[];
            /**
             * @description Ambassadors with any of these topics
             * @default []
             */
            topics: string[];
        };
        CommunityEventSignup: {
            attended: boolean | null;
            firstName: string;
            lastName: string;
            personId: string;
            role: string;
            showPublicly: boolean;
            signedUpAt: string;
            /** @enum {string} */
            status: "confirmed" | "waiting";
        };
        CommunityEventSignupInput: {
            /** @description The role to take (none: taking part) */
            role?: string;
            /**
             * @description External ambassadors: agree to be shown with the event on the careers pages
             * @default false
             */
            showPublicly: boolean;
        };
        CommunityFeed: {
            items: components["schemas"]["CommunityPost"][];
            nextCursor: string | null;
            pinned: components["schemas"]["CommunityPost"][];
        };
        CommunityPost: {
            author: {
                firstName: string;
                lastName: string;
                /** @description The person id, except for someone behind the scenes seen by others: then a stand-in (their ambassadorship id) that thanks and the story filter accept but the directory does not know */
                personId: string;
            };
            body: string;
            bodyHtml: string;
            commentCount: number;
            editedAt: string | null;
            hidden: {
                at: string;
                reason: string | null;
            } | null;
            id: string;
            mine: boolean;
            myReactions: ("like" | "celebrate" | "insightful" | "support")[];
            pinned: boolean;
            publishedAt: string;
            reactions: {
                celebrate: number;
                insightful: number;
                like: number;
                support: number;
            };
            topicId: string | null;
        };
        CommunityPostWithComments: {
            comments: components["schemas"]["CommunityComment"][];
            post: components["schemas"]["CommunityPost"];
        };
        CreatedCalendarFeed: components["schemas"]["CalendarFeed"] & {
            /** @description The secret address to subscribe to, shown once: <PUBLIC_URL>/calendar/<token>.ics */
            url: string;
        };
        Delivery: {
            attempts: number;
            dueAt: string;
            dueDate: string;
            id: string;
            journeyName: string;
            /** @enum {string} */
            kind: "message" | "task" | "survey_invitation" | "ambassador_invitation";
            lastError: string | null;
            name: string;
            occurrence: string;
            personId: string;
            /** @enum {string} */
            recipient: "person" | "manager" | "buddy" | "hr" | "team" | "channel";
            sentAt: string | null;
            /** @enum {string} */
            status: "pending" | "sending" | "sent" | "failed" | "skipped" | "cancelled";
            stepName: string;
            subject: string | null;
            to: string[] | null;
        };
        Enps: {
            /** @description Answers 0 to 6 */
            detractors: number;
            /** @description Answers 7 or 8 */
            passives: number;
            /** @description Answers 9 or 10 */
            promoters: number;
            /** @description % promoters minus % detractors, -100..100 */
            score: number;
        } | null;
        ErasedOptionalData: {
            removed: {
                alumniInterest: number;
                ambassador: number;
                calendarFeed: number;
                media: number;
                momentPreferences: number;
                personalMoments: number;
                questions: number;
                recognitions: number;
                reportedPosts: number;
                shareLinks: number;
                stories: number;
                trainingCompletions: number;
            };
        };
        ImportResult: {
            created: number;
            /**
             * @description What the file was read as: UTF-8 (with or without byte order mark), UTF-16 with a byte order mark, or Windows-1252 (Excel's plain "CSV")
             * @enum {string}
             */
            encoding: "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252";
            /** @description Rows left out because every cell was blank (empty lines, `;;;;` lines) */
            skippedBlankRows: number;
            total: number;
            unchanged: number;
            updated: number;
        };
        Invitation: {
            createdAt: string;
            email: string;
            expiresAt: string;
            id: string;
            /** @enum {string} */
            role: "admin" | "coordinator" | "manager" | "employee";
        };
        InvitationBatch: {
            createdAt: string;
            finishedAt: string | null;
            id: string;
            invited: number;
            /** @enum {string} */
            role: "coordinator" | "manager" | "employee";
            segment: components["schemas"]["InvitationSegment"];
            /** @description Of the total: already an account or an open invitation (or left meanwhile) */
            skipped: number;
            /** @enum {string} */
            status: "running" | "done" | "failed";
            /** @description People of the segment with a work email who have not left */
            total: number;
        };
        /** @description Who: each list left out or empty means everyone; the lists combine with AND */
        InvitationSegment: {
            departments?: string[];
            languages?: ("nl" | "fr" | "en" | "de")[];
            regions?: ("flanders" | "brussels" | "wallonia" | "abroad")[];
            siteIds?: string[];
        };
        Journey: {
            active: boolean;
            /** @description Empty: every department */
            departments: string[];
            description: string;
            descriptions: components["schemas"]["LocalizedText"];
            /** @description Empty: every employment type */
            employmentTypes: string[];
            id: string;
            /** @description Empty: every language */
            languages: string[];
            /**
             * @description Steps missed while Embassy was down: sent at once, or recorded as skipped
             * @enum {string}
             */
            missedPolicy: "catch_up" | "skip";
            /** @description In the reader's interface language (else the organisation's, else any) */
            name: string;
            names: components["schemas"]["LocalizedText"];
            /** @description Empty: every site */
            siteIds: string[];
            steps: components["schemas"]["JourneyStep"][];
            /** @description The template it was made from */
            templateKey: string | null;
            updatedAt: string;
        };
        JourneyStep: {
            /** @enum {string} */
            anchor: "start_date" | "end_date" | "birthday" | "work_anniversary" | "retirement" | "custom";
            anniversaryYear: number | null;
            /** @description The chat channel a step with recipient `channel` posts to */
            channelId: string | null;
            customKey: string | null;
            event: components["schemas"]["StepEvent"];
            id: string;
            journeyId: string;
            /** @enum {string} */
            kind: "message" | "task" | "survey_invitation" | "ambassador_invitation";
            /** @description In the reader's interface language (else the organisation's, else any) */
            name: string;
            names: components["schemas"]["LocalizedText"];
            offsetDays: number;
            /** @enum {string} */
            offsetUnit: "calendar" | "working";
            position: number;
            /** @enum {string} */
            recipient: "person" | "manager" | "buddy" | "hr" | "team" | "channel";
            /** @description HH:mm in the organisation's time zone */
            sendTime: string;
            /** @description A survey step's survey */
            surveyId: string | null;
            /**
             * @description A survey step's ready survey, when it names no survey
             * @enum {string|null}
             */
            surveyTemplate: "onboarding_7" | "onboarding_30" | "onboarding_90" | "exit" | "pulse" | "ambassador" | "moments_matter" | null;
            task: {
                checklist: components["schemas"]["LocalizedText"][];
                dueDays: number;
                /** @enum {string} */
                owner: "manager" | "hr" | "buddy" | "person";
                title: components["schemas"]["LocalizedText"];
            } | null;
            /** @description The message per language: subject and text with {{placeholders}} */
            templates: {
                de?: {
                    body: string;
                    subject: string;
                };
                en?: {
                    body: string;
                    subject: string;
                };
                fr?: {
                    body: string;
                    subject: string;
                };
                nl?: {
                    body: string;
                    subject: string;
                };
            };
        };
        /** @description A text in each language it is written in (nl, fr, en) */
        LocalizedText: {
            en?: string;
            fr?: string;
            nl?: string;
        };
        Mail: {
            attempts: number;
            /**
             * @description A calendar invitation or its update (REQUEST) or a cancellation (CANCEL) goes with the mail
             * @enum {string|null}
             */
            calendar: "REQUEST" | "CANCEL" | null;
            createdAt: string;
            id: string;
            kind: string;
            lastError: string | null;
            messageId: string;
            replyTo: string | null;
            sentAt: string | null;
            /** @enum {string} */
            status: "pending" | "sending" | "sent" | "failed";
            subject: string;
            text: string;
            to: string;
            transport: string | null;
        };
        Me: {
            /** @description Send it as X-CSRF-Token on state-changing requests made with the session cookie. */
            csrfToken: string | null;
            /**
             * @description The interface language to show: the user's choice, else their directory entry's language, else the browser's (Accept-Language), else the organisation's default
             * @enum {string}
             */
            language: "nl" | "fr" | "en";
            /**
             * @description Where `language` came from (choice: `user.language`)
             * @enum {string}
             */
            languageSource: "choice" | "person" | "browser" | "organisation";
            organisation: {
                /** @enum {string} */
                defaultLanguage: "nl" | "fr" | "en" | "de";
                id: string;
                name: string;
                slug: string;
                timeZone: string;
            };
            permissions: string[];
            user: components["schemas"]["User"];
        };
        /** @description Everything Embassy holds about you. Lists are empty and single records null when there is nothing (or no directory entry linked to your account). */
        MyData: {
            account: components["schemas"]["MyDataAccount"];
            /** @description Your yes to staying in touch as an alumni ambassador, saved with your name apart from your survey answers. Survey answers themselves are anonymous (stored without your name or any link to you) and so are not part of this export; they are deleted after your organisation's retention period. */
            alumniInterest: {
                /**
                 * Format: date-time
                 * @example 2026-11-26T09:00:00.000Z
                 */
                since: string;
                /** @description The survey it was asked after (null: since deleted) */
                survey: string | null;
            } | null;
            ambassador: components["schemas"]["MyDataAmbassador"];
            ambassadorInvitations: {
                /** @enum {string} */
                answer: "pending" | "accepted" | "maybe_later" | "declined";
                /**
                 * Format: date-time
                 * @example 2026-11-26T09:00:00.000Z
                 */
                answeredAt: string | null;
                /**
                 * Format: date-time
                 * @example 2026-11-26T09:00:00.000Z
                 */
                createdAt: string;
                message: string;
            }[];
            buddies: {
                firstName: string;
                lastName: string;
                /**
                 * @description newcomer: they were your buddy; buddy: you were theirs
                 * @enum {string}
                 */
                role: "newcomer" | "buddy";
                /**
                 * Format: date-time
                 * @example 2026-11-26T09:00:00.000Z
                 */
                since: string;
                /**
                 * Format: date-time
                 * @example 2026-11-26T09:00:00.000Z
                 */
                until: string | null;
            }[];
            /** @description Your personal calendar feed: whether one is live, when it was made and last read by a calendar program (its secret address is not included) */
            calendarFeed: {
                /**
                 * Format: date-time
                 * @example 2026-11-26T09:00:00.000Z
                 */
                createdAt: string | null;
                exists: boolean;
                /**
                 * Format: date-time
                 * @example 2026-11-26T09:00:00.000Z
                 */
                lastUsedAt: string | null;
            };
            /** @description Calendar invitations Embassy sent you, oldest first (at most 1000) */
            calendarInvitations: {
                /**
                 * Format: date-time
                 * @example 2026-11-26T09:00:00.000Z
                 */
                endsAt: string;
                /**
                 * Format: date-time
                 * @example 2026-11-26T09:00:00.000Z
                 */
                startsAt: string;
                /** @enum {string} */
                status: "active" | "cancelled";
                title: string;
            }[];
            /** @description Messages and tasks of journeys about you */
            deliveries: {
                /**
                 * Format: date
                 * @example 2026-11-26
                 */
                dueDate: string;
                journey: string;
                /**
                 * Format: date-time
                 * @example 2026-11-26T09:00:00.000Z
                 */
                sentAt: string | null;
                /** @enum {string} */
                status: "pending" | "sending" | "sent" | "failed" | "skipped" | "cancelled";
                step: string;
                subject: string | null;
            }[];
            /**
             * Format: date-time
             * @example 2026-11-26T09:00:00.000Z
             */
            exportedAt: string;
            images: {
                contentType: string;
                /**
                 * Format: date-time
                 * @example 2026-11-26T09:00:00.000Z
                 */
                createdAt: string;
                height: number;
                purpose: string;
                width: number;
            }[];
            momentPreferences: {
                /** @enum {string} */
                anniversaryAudience: "nobody" | "team" | "manager";
                /** @enum {string} */
                birthdayAudience: "nobody" | "team" | "manager";
                colleagueDigest: boolean | null;
                note: string;
                showBirthYear: boolean;
                /**
                 * Format: date-time
                 * @example 2026-11-26T09:00:00.000Z
                 */
                updatedAt: string;
                wanted: {
                    [key: string]: boolean;
                };
            } | null;
            person: components["schemas"]["MyDataPerson"];
            personalMoments: {
                /** @enum {string} */
                audience: "manager" | "team";
                /**
                 * Format: date-time
                 * @example 2026-11-26T09:00:00.000Z
                 */
                consentedAt: string;
                consentText: string;
                day: number;
                firstName: string | null;
                /** @enum {string} */
                kind: "child_birthday" | "other";
                label: string;
                month: number;
            }[];
            /** @description Questions candidates asked you; their addresses are theirs and not included */
            questionsToMe: {
                answer: string | null;
                /**
                 * Format: date-time
                 * @example 2026-11-26T09:00:00.000Z
                 */
                answeredAt: string | null;
                askerName: string;
                body: string;
                /**
                 * Format: date-time
                 * @example 2026-11-26T09:00:00.000Z
                 */
                createdAt: string;
                language: string;
            }[];
            recognitions: {
                companyWide: boolean;
                /**
                 * Format: date-time
                 * @example 2026-11-26T09:00:00.000Z
                 */
                createdAt: string;
                from: string;
                /** @enum {string} */
                kind: "thanks" | "milestone";
                milestone: string | null;
                note: string;
            }[];
            reportedPosts: {
                network: string;
                original: boolean;
                /**
                 * Format: date
                 * @example 2026-11-26
                 */
                postedOn: string;
                reactions: number | null;
                /** @enum {string} */
                tone: "positive" | "neutral" | "negative";
                /** @enum {string} */
                topic: "organisation" | "job" | "other";
                url: string;
            }[];
            /** @description Sign-ins, sign-outs and password changes of your account, newest first (at most 1000) */
            signIns: {
                action: string;
                /**
                 * Format: date-time
                 * @example 2026-11-26T09:00:00.000Z
                 */
                at: string;
                ip: string | null;
            }[];
            stories: {
                /** @description Markdown, as written */
                body: string;
                /**
                 * Format: date-time
                 * @example 2026-11-26T09:00:00.000Z
                 */
                deletedAt: string | null;
                /**
                 * Format: date-time
                 * @example 2026-11-26T09:00:00.000Z
                 */
                hiddenAt: string | null;
                hiddenReason: string | null;
                /** @enum {string} */
                language: "nl" | "fr" | "en" | "de";
                /**
                 * Format: date-time
                 * @example 2026-11-26T09:00:00.000Z
                 */
                publishedAt: string;
                /** @enum {string} */
                scope: "internal" | "external";
                title: string;
                /**
                 * Format: date-time
                 * @example 2026-11-26T09:00:00.000Z
                 */
                updatedAt: string;
            }[];
            tasksAboutMe: {
                /**
                 * Format: date-time
                 * @example 2026-11-26T09:00:00.000Z
                 */
                completedAt: string | null;
                /**
                 * Format: date
                 * @example 2026-11-26
                 */
                dueDate: string | null;
                title: string;
            }[];
            trainingCompletions: {
                /**
                 * Format: date-time
                 * @example 2026-11-26T09:00:00.000Z
                 */
                completedAt: string;
                title: string;
            }[];
        };
        /** @description Your user account (sign-in) */
        MyDataAccount: {
            /**
             * Format: date-time
             * @example 2026-11-26T09:00:00.000Z
             */
            createdAt: string;
            displayName: string;
            email: string;
            /**
             * @description The interface language you chose; null: automatic
             * @enum {string|null}
             */
            language: "nl" | "fr" | "en" | "de" | null;
            /**
             * Format: date-time
             * @example 2026-11-26T09:00:00.000Z
             */
            lastSignInAt: string | null;
            /** @enum {string} */
            role: "admin" | "coordinator" | "manager" | "employee";
            /** @description The single sign-on identity linked to your account; null when none is */
            singleSignOn: {
                /** @description Your organisation's identity provider (its issuer URL) */
                issuer: string | null;
                /** @description Who you are at that provider (its `sub`) */
                subject: string;
            } | null;
        };
        MyDataAmbassador: {
            active: boolean;
            behindTheScenes: boolean;
            hasPhoto: boolean;
            intro: string;
            /**
             * Format: date-time
             * @example 2026-11-26T09:00:00.000Z
             */
            joinedAt: string;
            languages: string[];
            /**
             * Format: date-time
             * @example 2026-11-26T09:00:00.000Z
             */
            leftAt: string | null;
            links: {
                network: string;
                url: string;
            }[];
            /** @enum {string} */
            scope: "internal" | "external";
            topics: string[];
        } | null;
        /** @description Null when your account is not linked to a directory entry */
        MyDataPerson: {
            birthday: {
                day: number;
                month: number;
                year: number | null;
            } | null;
            buddyVolunteer: boolean;
            /** @description Other dates HR keeps (a move, a training) */
            dates: {
                /**
                 * Format: date
                 * @example 2026-11-26
                 */
                date: string;
                key: string;
            }[];
            department: string | null;
            employeeNumber: string;
            employmentType: string | null;
            /**
             * Format: date
             * @example 2026-11-26
             */
            endDate: string | null;
            /** @description Your id in your organisation's directory (SCIM provisioning) */
            externalId: string | null;
            firstName: string;
            jobTitle: string | null;
            /** @enum {string|null} */
            language: "nl" | "fr" | "en" | "de" | null;
            lastName: string;
            manager: {
                firstName: string;
                lastName: string;
            } | null;
            personalEmail: string | null;
            /** @description A sensitive function: never on public pages */
            sensitive: boolean;
            site: {
                name: string;
                region: string | null;
            } | null;
            /**
             * Format: date
             * @example 2026-11-26
             */
            startDate: string | null;
            /**
             * Format: date-time
             * @example 2026-11-26T09:00:00.000Z
             */
            updatedAt: string;
            /** @description Your user name in your organisation's directory (SCIM provisioning) */
            userName: string | null;
            workEmail: string | null;
        } | null;
        Organisation: {
            /** @enum {string} */
            defaultLanguage: "nl" | "fr" | "en" | "de";
            id: string;
            name: string;
            slug: string;
            timeZone: string;
        };
        Person: {
            birthday?: {
                day: number;
                month: number;
                year: number | null;
            } | null;
            department: string | null;
            employeeNumber: string;
            endDate?: string | null;
            firstName: string;
            id: string;
            jobTitle: string | null;
            /** @enum {string|null} */
            language: "nl" | "fr" | "en" | "de" | null;
            lastName: string;
            manager: {
                employeeNumber: string;
                firstName: string;
                id: string;
                lastName: string;
            } | null;
            /** @description Private: admins, the person, their manager */
            personalEmail?: string | null;
            sensitive?: boolean;
            site: {
                country: string;
                id: string;
                name: string;
                /** @enum {string|null} */
                region: "flanders" | "brussels" | "wallonia" | "abroad" | null;
            } | null;
            startDate: string | null;
            workEmail: string | null;
        };
        PersonDetail: components["schemas"]["Person"] & {
            directReports: {
                firstName: string;
                id: string;
                jobTitle: string | null;
                lastName: string;
            }[];
        };
        Problem: {
            /**
             * @description The stable machine-readable code of the kind of error (the last segment of `type`).
             * @enum {string}
             */
            code: "validation-failed" | "bad-request" | "invalid-json" | "unstorable-text" | "invalid-url-encoding" | "invalid-cursor" | "range-too-long" | "invalid-value" | "unauthorized" | "wrong-credentials" | "invalid-api-token" | "forbidden" | "csrf-token-invalid" | "not-found" | "no-route" | "invitation-unavailable" | "conflict" | "already-exists" | "choose-organisation" | "already-has-account" | "last-admin" | "already-ambassador" | "slug-taken" | "already-has-buddy" | "site-name-taken" | "survey-has-answers" | "survey-minimum-locked" | "survey-not-draft" | "survey-not-open" | "payload-too-large" | "unsupported-media-type" | "unprocessable" | "person-not-linked" | "sensitive-person-internal-only" | "behind-the-scenes-internal-only" | "not-an-ambassador" | "story-scope-follows-ambassador" | "behind-the-scenes-no-photo" | "not-own-image" | "buddy-is-newcomer" | "buddy-in-reporting-line" | "not-a-newcomer" | "form-too-fast" | "form-expired" | "step-incomplete" | "journey-incomplete" | "unknown-template" | "survey-no-questions" | "cannot-thank-yourself" | "invalid-or-expired-token" | "password-rejected" | "no-email-address" | "csv-invalid" | "unknown-reference" | "missing-value" | "value-not-allowed" | "image-too-large" | "not-an-image" | "too-many-requests" | "post-hidden" | "event-closed" | "event-role-unknown" | "event-role-in-use" | "sso-required" | "sso-secret-required" | "sso-secret-reenter" | "sso-invalid-issuer" | "sso-break-glass-invalid" | "sso-lockout" | "sso-discovery-failed" | "webhook-url-refused" | "webhook-endpoint-disabled" | "webhook-delivery-pending" | "chat-channel-in-use" | "chat-url-wrong-host" | "chat-url-refused" | "bulk-invitations-sso-required" | "internal";
            detail?: string;
            errors?: {
                /**
                 * @description What is wrong here: an item code, or the problem's own code.
                 * @enum {string}
                 */
                code: "required" | "invalid" | "invalid-type" | "too-small" | "too-big" | "invalid-format" | "invalid-enum" | "unknown-field" | "invalid-date" | "day-beyond-month" | "invalid-link" | "missing-language" | "date-in-future" | "to-before-from" | "too-many-links" | "invalid-slug" | "unknown-time-zone" | "not-a-training" | "password-too-short" | "password-too-long" | "password-too-common" | "password-too-few-characters" | "password-sequence" | "password-common-word" | "password-contains-email" | "password-contains-name" | "password-contains-organisation" | "csv-syntax" | "csv-stray-quote" | "csv-nul-byte" | "csv-encoding-unknown" | "csv-encoding-invalid" | "csv-empty-file" | "csv-unknown-column" | "csv-duplicate-column" | "csv-missing-column" | "csv-cell-count" | "csv-required" | "csv-year-digits" | "csv-excel-date-number" | "csv-not-a-date" | "csv-year-out-of-range" | "csv-no-such-month" | "csv-no-such-day" | "csv-not-a-birthday" | "csv-unknown-language" | "csv-unknown-country" | "csv-region-needed" | "csv-unknown-region" | "csv-not-yes-no" | "csv-invalid-email" | "csv-too-long" | "csv-duplicate-employee-number" | "csv-duplicate-email" | "csv-end-before-start" | "csv-own-manager" | "csv-region-without-site" | "csv-country-region-mismatch" | "csv-abroad-in-be" | "csv-unknown-manager" | "csv-email-taken" | "event-only-for-messages" | "validation-failed" | "bad-request" | "invalid-json" | "unstorable-text" | "invalid-url-encoding" | "invalid-cursor" | "range-too-long" | "invalid-value" | "unauthorized" | "wrong-credentials" | "invalid-api-token" | "forbidden" | "csrf-token-invalid" | "not-found" | "no-route" | "invitation-unavailable" | "conflict" | "already-exists" | "choose-organisation" | "already-has-account" | "last-admin" | "already-ambassador" | "slug-taken" | "already-has-buddy" | "site-name-taken" | "survey-has-answers" | "survey-minimum-locked" | "survey-not-draft" | "survey-not-open" | "payload-too-large" | "unsupported-media-type" | "unprocessable" | "person-not-linked" | "sensitive-person-internal-only" | "behind-the-scenes-internal-only" | "not-an-ambassador" | "story-scope-follows-ambassador" | "behind-the-scenes-no-photo" | "not-own-image" | "buddy-is-newcomer" | "buddy-in-reporting-line" | "not-a-newcomer" | "form-too-fast" | "form-expired" | "step-incomplete" | "journey-incomplete" | "unknown-template" | "survey-no-questions" | "cannot-thank-yourself" | "invalid-or-expired-token" | "password-rejected" | "no-email-address" | "csv-invalid" | "unknown-reference" | "missing-value" | "value-not-allowed" | "image-too-large" | "not-an-image" | "too-many-requests" | "post-hidden" | "event-closed" | "event-role-unknown" | "event-role-in-use" | "sso-required" | "sso-secret-required" | "sso-secret-reenter" | "sso-invalid-issuer" | "sso-break-glass-invalid" | "sso-lockout" | "sso-discovery-failed" | "webhook-url-refused" | "webhook-endpoint-disabled" | "webhook-delivery-pending" | "chat-channel-in-use" | "chat-url-wrong-host" | "chat-url-refused" | "bulk-invitations-sso-required" | "internal";
                column?: string;
                /** @description In English; show a translation of `code` instead where you have one. */
                message: string;
                /** @description Values for the message of the code. */
                params?: {
                    [key: string]: string | number;
                };
                path?: string;
                row?: number;
                /** @description For CSV: the offending cell as the file has it. */
                value?: string;
            }[];
            /** @description Values for the message of the code. */
            params?: {
                [key: string]: string | number;
            };
            status: number;
            title: string;
            /**
             * Format: uri-reference
             * @description The kind of error: `/problems/<code>`, the same on every installation. See docs/errors.md.
             * @example /problems/person-not-linked
             */
            type: string;
        };
        PublicAmbassador: {
            department: string | null;
            firstName: string;
            id: string;
            intro: string;
            jobTitle: string | null;
            languages: string[];
            lastName: string;
            links: {
                network: string;
                url: string;
            }[];
            photoUrl: string | null;
            region: string | null;
            site: string | null;
            topics: string[];
            url: string;
        };
        PublicStory: {
            author: {
                firstName: string;
                id: string;
                jobTitle: string | null;
                lastName: string;
                photoUrl: string | null;
            };
            html: string;
            id: string;
            language: string;
            publishedAt: string;
            title: string;
            url: string;
        };
        Question: {
            answer: string | null;
            answeredAt: string | null;
            askerName: string;
            body: string;
            createdAt: string;
            id: string;
            language: string;
            sharedEmail: boolean;
            storyId: string | null;
        };
        Recognition: {
            companyWide: boolean;
            createdAt: string;
            from: string;
            id: string;
            /** @enum {string} */
            kind: "thanks" | "milestone";
            milestone: string | null;
            note: string;
            to: {
                firstName: string;
                lastName: string;
                /** @description The person id, except for someone behind the scenes seen by others: then a stand-in (their ambassadorship id) that thanks and the story filter accept but the directory does not know */
                personId: string;
            };
        };
        ReportedPost: {
            id: string;
            network: string;
            original: boolean;
            postedOn: string;
            reactions: number | null;
            /** @enum {string} */
            tone: "positive" | "neutral" | "negative";
            /** @enum {string} */
            topic: "organisation" | "job" | "other";
            url: string;
        };
        Resource: {
            archived: boolean;
            body: string;
            bodyHtml: string;
            completedAt: string | null;
            completions: number;
            id: string;
            /** @enum {string} */
            kind: "tip" | "guideline" | "training";
            /** @enum {string} */
            language: "nl" | "fr" | "en" | "de";
            title: string;
            updatedAt: string;
            url: string | null;
        };
        ScimToken: {
            /** Format: date-time */
            createdAt: string;
            /** @description The email of the admin who created it. */
            createdBy: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            name: string;
            /** @description The first characters of the token, to recognise it. */
            prefix: string;
            /** Format: date-time */
            revokedAt: string | null;
        };
        Site: {
            country: string;
            id: string;
            name: string;
            people: number;
            /** @enum {string|null} */
            region: "flanders" | "brussels" | "wallonia" | "abroad" | null;
        };
        SsoCheckResult: {
            authorizationEndpoint: string;
            claimsSupported: string[];
            issuer: string;
            jwksUri: string | null;
            pkceS256: boolean;
            tokenEndpoint: string | null;
            tokenEndpointAuthMethods: string[];
            userinfoEndpoint: string | null;
        };
        SsoConfig: {
            breakGlassUserIds: string[];
            clientId: string;
            /** @enum {boolean} */
            clientSecretSet: true;
            createdAt: string;
            /**
             * @description The role of a new account that matches no group
             * @enum {string}
             */
            defaultRole: "coordinator" | "manager" | "employee";
            /** @description The claim holding the employee number (linkBy employee_number) */
            employeeNumberClaim: string | null;
            enabled: boolean;
            /**
             * @description Google Workspace (required with preset google): the domain people must belong to, the hd claim
             * @example example.be
             */
            googleDomain?: string | null;
            groupsClaim: string;
            /** @example https://login.microsoftonline.com/<tenant id>/v2.0 */
            issuer: string;
            /** @enum {string} */
            linkBy: "email" | "employee_number";
            /** @enum {string} */
            preset: "entra" | "google" | "generic";
            /** @description Everyone signs in through the identity provider, except the break-glass admins */
            required: boolean;
            roleMap: {
                /** @description A value of the groups claim (Entra: the group object id) */
                group: string;
                /** @enum {string} */
                role: "admin" | "coordinator" | "manager" | "employee";
            }[];
            updatedAt: string;
        } | null;
        SsoDiscoverResult: {
            items: {
                name: string;
                slug: string;
                startUrl: string;
            }[];
        };
        SsoSettings: {
            config: components["schemas"]["SsoConfig"];
            /** @description The redirect URI to register at the identity provider */
            redirectUri: string;
        };
        SsoSettingsBody: {
            breakGlassUserIds: string[];
            clientId: string;
            /** @description Write-only: sent to set or change it, never answered. Left out: the stored one is kept. */
            clientSecret?: string;
            /**
             * @description The role of a new account that matches no group
             * @enum {string}
             */
            defaultRole: "coordinator" | "manager" | "employee";
            /** @description The claim holding the employee number (linkBy employee_number) */
            employeeNumberClaim: string | null;
            enabled: boolean;
            /**
             * @description Google Workspace (required with preset google): the domain people must belong to, the hd claim
             * @example example.be
             */
            googleDomain?: string | null;
            groupsClaim: string;
            /** @example https://login.microsoftonline.com/<tenant id>/v2.0 */
            issuer: string;
            /** @enum {string} */
            linkBy: "email" | "employee_number";
            /** @enum {string} */
            preset: "entra" | "google" | "generic";
            /** @description Everyone signs in through the identity provider, except the break-glass admins */
            required: boolean;
            roleMap: {
                /** @description A value of the groups claim (Entra: the group object id) */
                group: string;
                /** @enum {string} */
                role: "admin" | "coordinator" | "manager" | "employee";
            }[];
        };
        /** @description A message step that is an event with a time: its mail carries an invitation */
        StepEvent: {
            durationMinutes: number;
            location: {
                en?: string;
                fr?: string;
                nl?: string;
            } | null;
            /** @description The event's day: the anchor date plus this many calendar days */
            offsetDays: number;
            /** @description HH:mm in the organisation's time zone */
            startTime: string;
        } | null;
        Story: {
            author: {
                firstName: string;
                jobTitle: string | null;
                lastName: string;
                /** @description The person id, except for someone behind the scenes seen by others: then a stand-in (their ambassadorship id) that thanks and the story filter accept but the directory does not know */
                personId: string;
                photoUrl: string | null;
            };
            body: string;
            bodyHtml: string;
            /** @description Shown to the author and coordinators */
            hidden: {
                at: string;
                reason: string;
            } | null;
            id: string;
            /** @enum {string} */
            language: "nl" | "fr" | "en" | "de";
            publishedAt: string;
            /**
             * @description internal: seen by colleagues only; external: also by candidates and the public
             * @enum {string}
             */
            scope: "internal" | "external";
            title: string;
            updatedAt: string;
        };
        Survey: components["schemas"]["SurveySummary"] & {
            questions: components["schemas"]["SurveyQuestion"][];
        };
        SurveyCampaign: {
            createdAt: string;
            id: string;
            /** @description People invited by this campaign */
            invited: number;
            segment: components["schemas"]["CampaignSegmentSent"];
            surveyId: string;
        };
        SurveyComments: {
            group: {
                key: string;
                whileOpen?: boolean;
                withheld?: components["schemas"]["SurveyWithheldReason"];
            };
            minComments: number;
            minGroup: number;
            /** @description Why things are withheld, once per reason */
            notes: {
                /** @enum {string} */
                code: "anonymity" | "not-offered" | "comments-while-open";
                /** @description How many of the groups on this answer it applies to */
                count: number;
                /** @description Why, in plain words (nl, fr, en) */
                text: {
                    en?: string;
                    fr?: string;
                    nl?: string;
                };
            }[];
            questions: {
                /** @description In random order, without names or times */
                comments: string[];
                /** Format: uuid */
                id: string;
                text: {
                    en?: string;
                    fr?: string;
                    nl?: string;
                };
            }[];
            /**
             * @description `team`: a manager's own team (everyone they manage, directly or not)
             * @enum {string}
             */
            scope: "organisation" | "team";
            survey: {
                /** Format: uuid */
                id: string;
                kind: string;
                reportDimensions: components["schemas"]["SurveyDimension"][];
                /** @enum {string} */
                status: "draft" | "open" | "closed";
                title: {
                    en?: string;
                    fr?: string;
                    nl?: string;
                };
            };
        };
        SurveyCreate: {
            /** @description Every language, the organisation's default language required; or one text in that language */
            intro?: string | {
                en?: string;
                fr?: string;
                nl?: string;
            };
            /**
             * @description Blank surveys: what it is about (default custom; 'ambassador' shows it to coordinators)
             * @enum {string}
             */
            kind?: "onboarding" | "exit" | "pulse" | "ambassador" | "moments" | "custom";
            /**
             * @description A ready template (GET /surveys/library); without it a blank survey
             * @enum {string}
             */
            templateKey?: "onboarding_7" | "onboarding_30" | "onboarding_90" | "exit" | "pulse" | "ambassador" | "moments_matter";
            /** @description Every language, the organisation's default language required; or one text in that language */
            title?: string | {
                en?: string;
                fr?: string;
                nl?: string;
            };
        };
        /**
         * @description A segment results can be broken down by. Values: department (as in the directory), site (the site's id; `label` is its name), region, language (nl/fr/en), seniority ('<1y', '1-3y', '3-5y', '5-10y', '10y+'), start_cohort and period ('YYYY-Qn'); '' means not known.
         * @enum {string}
         */
        SurveyDimension: "department" | "site" | "region" | "language" | "seniority" | "start_cohort" | "period";
        SurveyLibrary: {
            questions: {
                key: string;
                /** @enum {string} */
                kind: "enps" | "scale" | "single" | "multi" | "text";
                options: {
                    key: string;
                    /** @description In the reader's language */
                    label: string;
                    labels: components["schemas"]["SurveyText"];
                }[];
                required: boolean;
                /** @description In the reader's language, {{orgName}} filled in */
                text: string;
                texts: components["schemas"]["SurveyText"];
                topic: string;
            }[];
            templates: {
                /** @description Sent one person at a time by a journey step */
                alwaysOn: boolean;
                intro: string;
                /** @enum {string} */
                key: "onboarding_7" | "onboarding_30" | "onboarding_90" | "exit" | "pulse" | "ambassador" | "moments_matter";
                /** @enum {string} */
                kind: "onboarding" | "exit" | "pulse" | "ambassador" | "moments" | "custom";
                offersAlumni: boolean;
                /** @description Library keys, in order */
                questions: string[];
                reminderDays: number | null;
                reportDimensions: ("department" | "site" | "region" | "language" | "seniority" | "start_cohort" | "period")[];
                responseDays: number;
                title: string;
                titles: components["schemas"]["SurveyText"];
            }[];
        };
        SurveyPatch: {
            /**
             * Format: date-time
             * @description When it closes by itself (null: when HR closes it)
             */
            closesAt?: string | null;
            /** @description Every language, the organisation's default language required; or one text in that language */
            intro?: string | {
                en?: string;
                fr?: string;
                nl?: string;
            };
            /** @description Minimum for comments, at least minGroup */
            minComments?: number;
            /** @description Reporting minimum: raised any time, never lowered once answers exist */
            minGroup?: number;
            offersAlumni?: boolean;
            reminderDays?: number | null;
            /** @description The segments results may be broken down by, in priority order; fixed once answers exist */
            reportDimensions?: ("department" | "site" | "region" | "language" | "seniority" | "start_cohort" | "period")[];
            responseDays?: number;
            /** @description Every language, the organisation's default language required; or one text in that language */
            title?: string | {
                en?: string;
                fr?: string;
                nl?: string;
            };
        };
        SurveyQuestion: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "enps" | "scale" | "single" | "multi" | "text";
            libraryKey: string | null;
            options: {
                key: string;
                /** @description In the reader's language */
                label: string;
                labels: components["schemas"]["SurveyText"];
            }[];
            position: number;
            required: boolean;
            /** @description In the reader's language (else the organisation's, else any) */
            text: string;
            texts: components["schemas"]["SurveyText"];
        };
        SurveyQuestionBody: {
            /** @enum {string} */
            kind: "enps" | "scale" | "single" | "multi" | "text";
            /** @description single and multi: two options or more, each with a stable key */
            options?: {
                key: string;
                /** @description Every language, the organisation's default language required; or one text in that language */
                label: string | {
                    en?: string;
                    fr?: string;
                    nl?: string;
                };
            }[];
            /** @description Default: true, false for a comment (text) */
            required?: boolean;
            /** @description Every language, the organisation's default language required; or one text in that language */
            text: string | {
                en?: string;
                fr?: string;
                nl?: string;
            };
        };
        SurveyQuestionOrder: {
            /** @description Every question of the survey once, in the new order */
            questionIds: string[];
        };
        SurveyQuestionPatch: {
            /** @enum {string} */
            kind?: "enps" | "scale" | "single" | "multi" | "text";
            options?: {
                key: string;
                /** @description Every language, the organisation's default language required; or one text in that language */
                label: string | {
                    en?: string;
                    fr?: string;
                    nl?: string;
                };
            }[];
            required?: boolean;
            /** @description Every language, the organisation's default language required; or one text in that language */
            text?: string | {
                en?: string;
                fr?: string;
                nl?: string;
            };
        };
        SurveyQuestionsFromLibrary: {
            keys: ("enps" | "comment" | "onb_first_week" | "onb_welcome" | "onb_tools_ready" | "onb_buddy" | "onb_information" | "onb_role_clarity" | "onb_manager_checkins" | "onb_belonging" | "onb_expectations" | "onb_integration" | "onb_training" | "onb_future" | "onb_recommend_onboarding" | "exit_reasons" | "exit_manager" | "exit_growth" | "exit_would_return" | "exit_comment" | "eng_proud" | "eng_growth" | "eng_recognition" | "eng_workload" | "eng_manager_care" | "eng_voice" | "amb_supported" | "amb_training" | "amb_time" | "amb_community" | "amb_comment" | "moments_matter" | "moments_other")[];
        };
        SurveyResultGroup: {
            /** @enum {string|null} */
            dimension: "department" | "site" | "region" | "language" | "seniority" | "start_cohort" | "period" | null;
            /** @description The survey's (first) eNPS question */
            enps?: {
                /** @description Answers 0 to 6 */
                detractors: number;
                /** @description Answers 7 or 8 */
                passives: number;
                /** @description Answers 9 or 10 */
                promoters: number;
                /** @description % promoters minus % detractors, -100..100 */
                score: number;
            } | null;
            invited?: number;
            /** @description The group, as a filter value ('' = everyone in scope) */
            key: string;
            /** @description A site's name; the value itself otherwise; null for not known or everyone */
            label: string | null;
            questions?: {
                answered: number;
                /** @description enps and scale questions; null otherwise or without answers */
                average: number | null;
                /** @description Every possible value (0..10, 1..5, or each option key) with its count, zeros included */
                distribution: {
                    count: number;
                    value: string;
                }[];
                enps: components["schemas"]["Enps"];
                /** Format: uuid */
                id: string;
            }[];
            respondents?: number;
            /** @description respondents / invited, 0..1; null when nobody was invited */
            responseRate?: number | null;
            value: string | null;
            withheld?: components["schemas"]["SurveyWithheldReason"];
        };
        SurveyResults: {
            filter: {
                dimension: components["schemas"]["SurveyDimension"];
                key: string;
                label: string | null;
                value: string;
            } | null;
            group: components["schemas"]["SurveyResultGroup"];
            heatmap: {
                dimension: components["schemas"]["SurveyDimension"];
                segments: components["schemas"]["SurveyResultSegment"][];
            } | null;
            minComments: number;
            minGroup: number;
            /** @description Why things are withheld, once per reason */
            notes: {
                /** @enum {string} */
                code: "anonymity" | "not-offered" | "comments-while-open";
                /** @description How many of the groups on this answer it applies to */
                count: number;
                /** @description Why, in plain words (nl, fr, en) */
                text: {
                    en?: string;
                    fr?: string;
                    nl?: string;
                };
            }[];
            questions: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "enps" | "scale" | "single" | "multi" | "text";
                options: {
                    key: string;
                    label: {
                        en?: string;
                        fr?: string;
                        nl?: string;
                    };
                }[];
                position: number;
                text: {
                    en?: string;
                    fr?: string;
                    nl?: string;
                };
            }[];
            /**
             * @description `team`: a manager's own team (everyone they manage, directly or not)
             * @enum {string}
             */
            scope: "organisation" | "team";
            survey: {
                /** Format: uuid */
                id: string;
                kind: string;
                reportDimensions: components["schemas"]["SurveyDimension"][];
                /** @enum {string} */
                status: "draft" | "open" | "closed";
                title: {
                    en?: string;
                    fr?: string;
                    nl?: string;
                };
            };
        };
        SurveyResultSegment: {
            invited?: number;
            key: string;
            label: string | null;
            respondents?: number;
            responseRate?: number | null;
            /** @description enps and scale questions */
            scores?: {
                answered: number;
                average: number | null;
                /** @description eNPS score of an enps question */
                enps: number | null;
                /** Format: uuid */
                questionId: string;
            }[];
            value: string;
            withheld?: components["schemas"]["SurveyWithheldReason"];
        };
        SurveySegments: {
            dimensions: {
                dimension: components["schemas"]["SurveyDimension"];
                values: {
                    label: string | null;
                    value: string;
                }[];
            }[];
            minComments: number;
            minGroup: number;
            /**
             * @description `team`: a manager's own team (everyone they manage, directly or not)
             * @enum {string}
             */
            scope: "organisation" | "team";
            survey: {
                /** Format: uuid */
                id: string;
                kind: string;
                reportDimensions: components["schemas"]["SurveyDimension"][];
                /** @enum {string} */
                status: "draft" | "open" | "closed";
                title: {
                    en?: string;
                    fr?: string;
                    nl?: string;
                };
            };
        };
        SurveySettings: {
            /** @description Raw answers are deleted after this many months; aggregates stay */
            retentionMonths: number;
        };
        SurveySummary: {
            /** @description Invitations answered; null unless the reader manages surveys, and while fewer than the survey's minimum answered */
            answered: number | null;
            closedAt: string | null;
            closesAt: string | null;
            createdAt: string;
            /** @description Answers exist: minimums only go up, questions keep their kind and options */
            hasAnswers: boolean;
            /** Format: uuid */
            id: string;
            intro: string;
            intros: components["schemas"]["SurveyText"];
            /** @description Invitations sent; null unless the reader manages surveys */
            invited: number | null;
            /** @enum {string} */
            kind: "onboarding" | "exit" | "pulse" | "ambassador" | "moments" | "custom";
            minComments: number;
            minGroup: number;
            offersAlumni: boolean;
            openedAt: string | null;
            questionCount: number;
            reminderDays: number | null;
            reportDimensions: ("department" | "site" | "region" | "language" | "seniority" | "start_cohort" | "period")[];
            responseDays: number;
            /** @enum {string} */
            status: "draft" | "open" | "closed";
            templateKey: string | null;
            /** @description In the reader's language */
            title: string;
            titles: components["schemas"]["SurveyText"];
            updatedAt: string;
        };
        /** @description A text in each language it is written in (nl, fr, en) */
        SurveyText: {
            en?: string;
            fr?: string;
            nl?: string;
        };
        SurveyTrend: {
            /** @enum {string} */
            by: "period" | "start_cohort";
            minComments: number;
            minGroup: number;
            /** @description Why things are withheld, once per reason */
            notes: {
                /** @enum {string} */
                code: "anonymity" | "not-offered" | "comments-while-open";
                /** @description How many of the groups on this answer it applies to */
                count: number;
                /** @description Why, in plain words (nl, fr, en) */
                text: {
                    en?: string;
                    fr?: string;
                    nl?: string;
                };
            }[];
            points: (components["schemas"]["SurveyResultSegment"] & {
                enps?: number | null;
                /**
                 * @description `archive`: from the aggregates kept after the raw answers were deleted (retention)
                 * @enum {string}
                 */
                source: "live" | "archive" | "both";
            })[];
            questions: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "enps" | "scale" | "single" | "multi" | "text";
                options: {
                    key: string;
                    label: {
                        en?: string;
                        fr?: string;
                        nl?: string;
                    };
                }[];
                position: number;
                text: {
                    en?: string;
                    fr?: string;
                    nl?: string;
                };
            }[];
            /**
             * @description `team`: a manager's own team (everyone they manage, directly or not)
             * @enum {string}
             */
            scope: "organisation" | "team";
            survey: {
                /** Format: uuid */
                id: string;
                kind: string;
                reportDimensions: components["schemas"]["SurveyDimension"][];
                /** @enum {string} */
                status: "draft" | "open" | "closed";
                title: {
                    en?: string;
                    fr?: string;
                    nl?: string;
                };
            };
        };
        /**
         * @description Why a group is not shown: `anonymity` it has fewer respondents than the survey's minimum, or showing it next to the groups this viewer can see would let someone compute a group below the minimum by subtraction (one reason for both: telling them apart would tell a count); `not-offered` not a group results are given for (a dimension the survey does not report).
         * @enum {string}
         */
        SurveyWithheldReason: "anonymity" | "not-offered";
        Task: {
            checklist: {
                done: boolean;
                label: string;
            }[];
            completedAt: string | null;
            dueDate: string | null;
            id: string;
            /** @enum {string|null} */
            owner: "manager" | "hr" | "buddy" | "person" | null;
            person: {
                id: string;
                name: string;
            };
            title: string;
        };
        User: {
            createdAt: string;
            disabled: boolean;
            displayName: string;
            email: string;
            id: string;
            /**
             * @description The interface language the user chose; null: automatic (their directory entry, their browser, the organisation)
             * @enum {string|null}
             */
            language: "nl" | "fr" | "en" | "de" | null;
            lastSignInAt: string | null;
            personId: string | null;
            /** @enum {string} */
            role: "admin" | "coordinator" | "manager" | "employee";
        };
        WebhookAttempt: {
            at: string;
            attempt: number;
            durationMs: number;
            error: string | null;
            /** @description The first 2 KB of the answer */
            responseExcerpt: string | null;
            status: number | null;
        };
        WebhookDelivery: {
            attempts: number;
            createdAt: string;
            deliveredAt: string | null;
            endpointId: string;
            eventType: string;
            id: string;
            lastError: string | null;
            /** @description The HTTP status of the last answer */
            lastStatus: number | null;
            /** @description When it is tried again (pending only) */
            nextAttemptAt: string | null;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed" | "cancelled";
            /** @description The webhook-id header: the same on every retry and replay */
            webhookId: string;
        };
        WebhookDeliveryDetail: components["schemas"]["WebhookDelivery"] & {
            /** @description Every attempt, oldest first */
            attemptLog: components["schemas"]["WebhookAttempt"][];
            /** @description The body sent: { type, timestamp, data } */
            payload?: unknown;
        };
        WebhookEndpoint: {
            createdAt: string;
            description: string;
            disabledAt: string | null;
            /** @enum {string|null} */
            disabledReason: "manual" | "failing" | "gone" | null;
            enabled: boolean;
            /** @description The event types it receives; empty: all of them */
            eventTypes: string[];
            /** @description The first failed attempt since the last success */
            failingSince: string | null;
            /** @description Deliveries that failed in a row since the last success */
            failureStreak: number;
            id: string;
            /** @description After a rotation: until when the previous secret also signs */
            previousSecretExpiresAt: string | null;
            updatedAt: string;
            url: string;
        };
        WebhookEndpointWithSecret: components["schemas"]["WebhookEndpoint"] & {
            /** @description The whsec_ signing secret: shown this once, never again */
            secret: string;
        };
        WebhookEventType: {
            description: string;
            type: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAmbassadors: {
        parameters: {
            query?: {
                language?: "nl" | "fr" | "en" | "de";
                limit?: number;
                offset?: number | null;
                q?: string;
                region?: "flanders" | "brussels" | "wallonia" | "abroad";
                topic?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Ambassador"][];
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    thankAmbassador: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The person id, except for someone behind the scenes seen by others: then a stand-in (their ambassadorship id) that thanks and the story filter accept but the directory does not know */
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default false */
                    companyWide?: boolean;
                    note: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    inviteAmbassador: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    message?: string;
                    /** Format: uuid */
                    personId: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAmbassadorTopics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: string[];
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditLog: {
        parameters: {
            query?: {
                /** @description Only actions starting with this: a group ("auth.") or one action ("users.update") */
                action?: string;
                /** @description Paging: the nextBefore of the previous page */
                before?: number;
                /** @description First day, in the organisation's time zone */
                from?: string;
                /** @description Language of names that have several (journeys) and of the CSV; default: the organisation’s */
                lang?: "nl" | "fr" | "en";
                limit?: number;
                /** @description Only entries where this person (from the directory) acted or was acted upon */
                person?: string;
                /** @description Last day (included), in the organisation's time zone */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEntry"][];
                        nextBefore: number | null;
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportAuditLog: {
        parameters: {
            query?: {
                /** @description Only actions starting with this: a group ("auth.") or one action ("users.update") */
                action?: string;
                /** @description First day, in the organisation's time zone */
                from?: string;
                /** @description Language of names that have several (journeys) and of the CSV; default: the organisation’s */
                lang?: "nl" | "fr" | "en";
                /** @description Only entries where this person (from the directory) acted or was acted upon */
                person?: string;
                /** @description Last day (included), in the organisation's time zone */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    describeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string;
                        expiresAt: string;
                        /**
                         * @description The language to show the invitation in: the invited person's directory entry, else the browser's, else the organisation's
                         * @enum {string}
                         */
                        language: "nl" | "fr" | "en";
                        organisation: {
                            name: string;
                            slug: string;
                        };
                        /** @enum {string} */
                        role: "admin" | "coordinator" | "manager" | "employee";
                        signIn: {
                            /** @description Whether accepting with a password is possible (false where single sign-on is required) */
                            password: boolean;
                            /** @description Where to sign in with the work account instead (the organisation's single sign-on), or null */
                            workAccount: string | null;
                        };
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName?: string;
                    password: string;
                    token: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    organisation?: string;
                };
            };
        };
        responses: {
            /** @description If the address has an account, a link is on its way. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    token: string;
                };
            };
        };
        responses: {
            /** @description Password changed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    /** @description The organisation slug, needed only when the address has accounts in several. */
                    organisation?: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signOutEverywhere: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sessionsEnded: number;
                        tokensRevoked: number;
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    discoverSso: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SsoDiscoverResult"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listChatChannels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ChatChannel"][];
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createChatChannel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "teams" | "slack";
                    /**
                     * @description The language posts are written in; null: the organisation's default
                     * @enum {string|null}
                     */
                    language?: "nl" | "fr" | "en" | null;
                    name: string;
                    /** @description The incoming webhook URL (write-only: never answered). Slack: https://hooks.slack.com/services/...; Teams: a Workflows URL (…logic.azure.com, …powerplatform.com) or a connector URL (…webhook.office.com). */
                    url: string;
                };
            };
        };
        responses: {
            /** @description Connected */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatChannel"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteChatChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Disconnected */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateChatChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The language posts are written in; null: the organisation's default
                     * @enum {string|null}
                     */
                    language?: "nl" | "fr" | "en" | null;
                    name?: string;
                    /** @description The incoming webhook URL (write-only: never answered). Slack: https://hooks.slack.com/services/...; Teams: a Workflows URL (…logic.azure.com, …powerplatform.com) or a connector URL (…webhook.office.com). */
                    url?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatChannel"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    testChatChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        delivered: boolean;
                        error: string | null;
                        /** @description The language the test message was written in */
                        language: string;
                        /** @description The channel's HTTP status; null when it could not be reached */
                        status: number | null;
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCommunityComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                commentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityComment"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteCommunityComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                commentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCommunityPosts: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                topicId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityFeed"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCommunityPost: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /**
                     * Format: uuid
                     * @default null
                     */
                    topicId?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityPost"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCommunityPost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                postId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityPostWithComments"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCommunityPost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                postId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /**
                     * Format: uuid
                     * @default null
                     */
                    topicId?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityPost"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteCommunityPost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                postId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCommunityComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                postId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityComment"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    hideCommunityPost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                postId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The legal reason, told to the author; null shows the post again. */
                    reason: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityPost"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pinCommunityPost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                postId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    pinned: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityPost"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setCommunityReaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                postId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "like" | "celebrate" | "insightful" | "support";
                    reacted: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityPost"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDeliveries: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                status?: "pending" | "sending" | "sent" | "failed" | "skipped" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Delivery"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDeliveryAttempts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            at: string;
                            attempt: number;
                            error: string | null;
                            /** @enum {string} */
                            outcome: "sent" | "error" | "cancelled";
                        }[];
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retryDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCommunityEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CommunityEvent"][];
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCommunityEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommunityEventInput"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCommunityEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityEventDetail"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCommunityEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommunityEventInput"];
            };
        };
        responses: {
            /** @description Saved */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordCommunityEventAttendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommunityEventAttendance"];
            };
        };
        responses: {
            /** @description Saved */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelCommunityEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelled */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    inviteToCommunityEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommunityEventInvite"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        invited: number;
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signUpForCommunityEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommunityEventSignupInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "confirmed" | "waiting";
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelCommunityEventSignup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelled */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDiversity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ambassadors: number;
                        maybeLater: {
                            firstName: string;
                            jobTitle: string | null;
                            lastName: string;
                            personId: string;
                            segments: {
                                dimension: string;
                                value: string;
                            }[];
                        }[];
                        segments: {
                            [key: string]: {
                                ambassadors: number;
                                ambassadorShare: number;
                                ratio: number | null;
                                underRepresented: boolean;
                                value: string;
                                workforce: number;
                                workforceShare: number;
                            }[];
                        };
                        today: string;
                        workforce: number;
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getImpact: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        byDepartment: {
                            ambassadors: number;
                            clicks: number;
                            key: string | null;
                            posts: number;
                            questions: number;
                            stories: number;
                            views: number;
                        }[];
                        byRegion: {
                            ambassadors: number;
                            clicks: number;
                            key: string | null;
                            posts: number;
                            questions: number;
                            stories: number;
                            views: number;
                        }[];
                        range: {
                            from: string;
                            to: string;
                        };
                        totals: {
                            [key: string]: number;
                        };
                        weekly: {
                            answered: number;
                            clicks: number;
                            negative: number;
                            neutral: number;
                            newAmbassadors: number;
                            positive: number;
                            posts: number;
                            questions: number;
                            stories: number;
                            views: number;
                            week: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Invitation"][];
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    inviteUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    /** @enum {string} */
                    role: "admin" | "coordinator" | "manager" | "employee";
                };
            };
        };
        responses: {
            /** @description Invited; the mail is on its way */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Withdrawn */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBulkInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["InvitationBatch"][];
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startBulkInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default employee
                     * @enum {string}
                     */
                    role?: "coordinator" | "manager" | "employee";
                    segment: components["schemas"]["InvitationSegment"];
                };
            };
        };
        responses: {
            /** @description Started: follow it with GET /invitations/bulk/{id} */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBulkInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationBatch"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewBulkInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default employee
                     * @enum {string}
                     */
                    role?: "coordinator" | "manager" | "employee";
                    segment: components["schemas"]["InvitationSegment"];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description People a batch would invite now: with a work email, not left, no account, no open invitation */
                        count: number;
                        /** @description People of the segment with a work email who have not left */
                        inSegment: number;
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listJourneyTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            description: string;
                            key: string;
                            /** @description In the reader's language */
                            name: string;
                            steps: number;
                        }[];
                        placeholders: string[];
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listJourneys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Journey"][];
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createJourney: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    /** @description Every language, the organisation's default language required; or one text in that language */
                    name?: string | {
                        en?: string;
                        fr?: string;
                        nl?: string;
                    };
                    templateKey?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Journey"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getJourney: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Journey"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteJourney: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateJourney: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    departments?: string[];
                    /** @description Every language, the organisation's default language required; or one text in that language */
                    description?: string | {
                        en?: string;
                        fr?: string;
                        nl?: string;
                    };
                    employmentTypes?: string[];
                    languages?: ("nl" | "fr" | "en" | "de")[];
                    /** @enum {string} */
                    missedPolicy?: "catch_up" | "skip";
                    /** @description Every language, the organisation's default language required; or one text in that language */
                    name?: string | {
                        en?: string;
                        fr?: string;
                        nl?: string;
                    };
                    siteIds?: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Journey"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addJourneyStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    anchor: "start_date" | "end_date" | "birthday" | "work_anniversary" | "retirement" | "custom";
                    anniversaryYear?: number | null;
                    /**
                     * Format: uuid
                     * @description With recipient `channel` (message steps): the chat channel it posts to, one of the organisation's. Ignored otherwise.
                     */
                    channelId?: string | null;
                    customKey?: string | null;
                    /** @description Only for a message step. Left out on a change: kept as it is; null: none. */
                    event?: {
                        durationMinutes: number;
                        location: {
                            en?: string;
                            fr?: string;
                            nl?: string;
                        } | null;
                        /** @description The event's day: the anchor date plus this many calendar days */
                        offsetDays: number;
                        /** @description HH:mm in the organisation's time zone */
                        startTime: string;
                    } | null;
                    /** @enum {string} */
                    kind: "message" | "task" | "survey_invitation" | "ambassador_invitation";
                    /** @description Every language, the organisation's default language required; or one text in that language */
                    name: string | {
                        en?: string;
                        fr?: string;
                        nl?: string;
                    };
                    offsetDays: number;
                    /** @enum {string} */
                    offsetUnit: "calendar" | "working";
                    position?: number;
                    /** @enum {string} */
                    recipient: "person" | "manager" | "buddy" | "hr" | "team" | "channel";
                    sendTime?: string;
                    /**
                     * Format: uuid
                     * @description A survey step's survey (one of the organisation's). Left out on a change: kept as it is; null: none.
                     */
                    surveyId?: string | null;
                    /**
                     * @description Without surveyId: the ready survey the step invites to (the organisation's open one made from that template). Left out on a change: kept as it is; null: the 30-day onboarding survey, or the exit survey for a step before an end date.
                     * @enum {string|null}
                     */
                    surveyTemplate?: "onboarding_7" | "onboarding_30" | "onboarding_90" | "exit" | "pulse" | "ambassador" | "moments_matter" | null;
                    task?: {
                        checklist: (string | {
                            en?: string;
                            fr?: string;
                            nl?: string;
                        })[];
                        dueDays: number;
                        /** @enum {string} */
                        owner: "manager" | "hr" | "buddy" | "person";
                        /** @description Every language, the organisation's default language required; or one text in that language */
                        title: string | {
                            en?: string;
                            fr?: string;
                            nl?: string;
                        };
                    } | null;
                    templates?: {
                        de?: {
                            body: string;
                            subject: string;
                        };
                        en?: {
                            body: string;
                            subject: string;
                        };
                        fr?: {
                            body: string;
                            subject: string;
                        };
                        nl?: {
                            body: string;
                            subject: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Journey"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateJourneyStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                stepId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    anchor: "start_date" | "end_date" | "birthday" | "work_anniversary" | "retirement" | "custom";
                    anniversaryYear?: number | null;
                    /**
                     * Format: uuid
                     * @description With recipient `channel` (message steps): the chat channel it posts to, one of the organisation's. Ignored otherwise.
                     */
                    channelId?: string | null;
                    customKey?: string | null;
                    /** @description Only for a message step. Left out on a change: kept as it is; null: none. */
                    event?: {
                        durationMinutes: number;
                        location: {
                            en?: string;
                            fr?: string;
                            nl?: string;
                        } | null;
                        /** @description The event's day: the anchor date plus this many calendar days */
                        offsetDays: number;
                        /** @description HH:mm in the organisation's time zone */
                        startTime: string;
                    } | null;
                    /** @enum {string} */
                    kind: "message" | "task" | "survey_invitation" | "ambassador_invitation";
                    /** @description Every language, the organisation's default language required; or one text in that language */
                    name: string | {
                        en?: string;
                        fr?: string;
                        nl?: string;
                    };
                    offsetDays: number;
                    /** @enum {string} */
                    offsetUnit: "calendar" | "working";
                    position?: number;
                    /** @enum {string} */
                    recipient: "person" | "manager" | "buddy" | "hr" | "team" | "channel";
                    sendTime?: string;
                    /**
                     * Format: uuid
                     * @description A survey step's survey (one of the organisation's). Left out on a change: kept as it is; null: none.
                     */
                    surveyId?: string | null;
                    /**
                     * @description Without surveyId: the ready survey the step invites to (the organisation's open one made from that template). Left out on a change: kept as it is; null: the 30-day onboarding survey, or the exit survey for a step before an end date.
                     * @enum {string|null}
                     */
                    surveyTemplate?: "onboarding_7" | "onboarding_30" | "onboarding_90" | "exit" | "pulse" | "ambassador" | "moments_matter" | null;
                    task?: {
                        checklist: (string | {
                            en?: string;
                            fr?: string;
                            nl?: string;
                        })[];
                        dueDays: number;
                        /** @enum {string} */
                        owner: "manager" | "hr" | "buddy" | "person";
                        /** @description Every language, the organisation's default language required; or one text in that language */
                        title: string | {
                            en?: string;
                            fr?: string;
                            nl?: string;
                        };
                    } | null;
                    templates?: {
                        de?: {
                            body: string;
                            subject: string;
                        };
                        en?: {
                            body: string;
                            subject: string;
                        };
                        fr?: {
                            body: string;
                            subject: string;
                        };
                        nl?: {
                            body: string;
                            subject: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Journey"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteJourneyStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                stepId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewJourneyStep: {
        parameters: {
            query: {
                language?: "nl" | "fr" | "en" | "de";
                personId: string;
            };
            header?: never;
            path: {
                id: string;
                stepId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        body: string;
                        language: string;
                        languages: string[];
                        subject: string;
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMailbox: {
        parameters: {
            query?: {
                /** @description Paging: createdAt of the last mail of the previous page */
                before?: string;
                limit?: number;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description No SMTP: mail is not sent, only kept here */
                        devMailbox: boolean;
                        items: components["schemas"]["Mail"][];
                        nextBefore: string | null;
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName?: string;
                    /**
                     * @description Your interface language; null: automatic again
                     * @enum {string|null}
                     */
                    language?: "nl" | "fr" | "en" | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyAmbassadorship: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ambassador: components["schemas"]["Ambassador"];
                        invitation: {
                            answer: string;
                            createdAt: string;
                            from: string | null;
                            id: string;
                            message: string;
                        } | null;
                        /** @description A sensitive function: external scope is not possible */
                        sensitive: boolean;
                        /** @description Suggested topics */
                        topics: string[];
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    joinOrUpdateAmbassadorship: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description No photo, first name only, internal only */
                    behindTheScenes?: boolean;
                    intro?: string;
                    languages?: ("nl" | "fr" | "en" | "de")[];
                    links?: {
                        network: string;
                        url: string;
                    }[];
                    /**
                     * @description internal: seen by colleagues only; external: also by candidates and the public
                     * @enum {string}
                     */
                    scope: "internal" | "external";
                    topics?: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ambassador"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    leaveAmbassadorProgram: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Left */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    answerAmbassadorInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    answer: "maybe_later" | "declined";
                };
            };
        };
        responses: {
            /** @description Answered */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadAmbassadorPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "image/jpeg": string;
                "image/png": string;
                "image/webp": string;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        photoUrl: string;
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Content-Type is not one this operation reads. Codes: `unsupported-media-type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteAmbassadorPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setBuddyVolunteer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    volunteer: boolean;
                };
            };
        };
        responses: {
            /** @description Saved */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeed"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedCalendarFeed"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCommunityDigest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityDigest"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setCommunityDigest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommunityDigest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityDigest"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportMyData: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your data */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyData"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyMedia: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            height: number;
                            id: string;
                            url: string;
                            width: number;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadMedia: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "image/jpeg": string;
                "image/png": string;
                "image/webp": string;
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        url: string;
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Content-Type is not one this operation reads. Codes: `unsupported-media-type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyMoments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        buddyVolunteer: boolean;
                        moments: {
                            /** @enum {string} */
                            audience: "manager" | "team";
                            consentedAt: string;
                            day: number;
                            firstName: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "child_birthday" | "other";
                            label: string;
                            month: number;
                        }[];
                        preferences: {
                            /** @enum {string} */
                            anniversaryAudience: "nobody" | "team" | "manager";
                            /** @enum {string} */
                            birthdayAudience: "nobody" | "team" | "manager";
                            /** @description Whether you get the daily mail about colleagues' birthdays, anniversaries and moments (on unless turned off, here or by the mail's one-click unsubscribe link); left out, it stays as it is */
                            colleagueDigest?: boolean;
                            note: string;
                            showBirthYear: boolean;
                            wanted: {
                                birthday?: boolean;
                                child_birthday?: boolean;
                                farewell?: boolean;
                                internal_move?: boolean;
                                retirement?: boolean;
                                training?: boolean;
                                welcome?: boolean;
                                work_anniversary?: boolean;
                            };
                        };
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMyMoments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    anniversaryAudience: "nobody" | "team" | "manager";
                    /** @enum {string} */
                    birthdayAudience: "nobody" | "team" | "manager";
                    /** @description Whether you get the daily mail about colleagues' birthdays, anniversaries and moments (on unless turned off, here or by the mail's one-click unsubscribe link); left out, it stays as it is */
                    colleagueDigest?: boolean;
                    note: string;
                    showBirthYear: boolean;
                    wanted: {
                        birthday?: boolean;
                        child_birthday?: boolean;
                        farewell?: boolean;
                        internal_move?: boolean;
                        retirement?: boolean;
                        training?: boolean;
                        welcome?: boolean;
                        work_anniversary?: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        buddyVolunteer: boolean;
                        moments: {
                            /** @enum {string} */
                            audience: "manager" | "team";
                            consentedAt: string;
                            day: number;
                            firstName: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "child_birthday" | "other";
                            label: string;
                            month: number;
                        }[];
                        preferences: {
                            /** @enum {string} */
                            anniversaryAudience: "nobody" | "team" | "manager";
                            /** @enum {string} */
                            birthdayAudience: "nobody" | "team" | "manager";
                            /** @description Whether you get the daily mail about colleagues' birthdays, anniversaries and moments (on unless turned off, here or by the mail's one-click unsubscribe link); left out, it stays as it is */
                            colleagueDigest?: boolean;
                            note: string;
                            showBirthYear: boolean;
                            wanted: {
                                birthday?: boolean;
                                child_birthday?: boolean;
                                farewell?: boolean;
                                internal_move?: boolean;
                                retirement?: boolean;
                                training?: boolean;
                                welcome?: boolean;
                                work_anniversary?: boolean;
                            };
                        };
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addPersonalMoment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    audience: "manager" | "team";
                    /** @enum {boolean} */
                    consent: true;
                    consentText: string;
                    day: number;
                    firstName?: string | null;
                    /** @enum {string} */
                    kind: "child_birthday" | "other";
                    /** @default  */
                    label?: string;
                    month: number;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deletePersonalMoment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eraseMyOptionalData: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was removed, by kind */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasedOptionalData"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyPosts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ReportedPost"][];
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reportPost: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    network: string;
                    /** @default true */
                    original?: boolean;
                    /**
                     * Format: date
                     * @example 2026-12-01
                     */
                    postedOn: string;
                    reactions?: number | null;
                    /** @enum {string} */
                    tone: "positive" | "neutral" | "negative";
                    /** @enum {string} */
                    topic: "organisation" | "job" | "other";
                    url: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deletePost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyQuestions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Question"][];
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    answerQuestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answer: string;
                    /** @default false */
                    shareEmail?: boolean;
                };
            };
        };
        responses: {
            /** @description Sent */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyRecognitions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Recognition"][];
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createShareLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @default null
                     */
                    storyId?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        url: string;
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createStory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /** @enum {string} */
                    language: "nl" | "fr" | "en" | "de";
                    /**
                     * @description internal: seen by colleagues only; external: also by candidates and the public
                     * @enum {string}
                     */
                    scope: "internal" | "external";
                    title: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Story"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyTasks: {
        parameters: {
            query?: {
                done?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Task"][];
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMomentsCalendar: {
        parameters: {
            query?: {
                from?: string;
                manager?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            dueDate: string;
                            journeyName: string;
                            /** @enum {string} */
                            kind: "message" | "task" | "survey_invitation" | "ambassador_invitation";
                            name: string;
                            personId: string;
                            /**
                             * @description A delivery's status for days gone by; "upcoming" from today on
                             * @enum {string}
                             */
                            status: "pending" | "sending" | "sent" | "failed" | "skipped" | "cancelled" | "upcoming";
                            stepName: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    runMoments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @example 2026-12-01
                     */
                    date: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        date: string;
                        due: number;
                        org: string;
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    defaultLanguage?: "nl" | "fr" | "en" | "de";
                    name?: string;
                    timeZone?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBranding: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Branding"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateBranding: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    brandColour?: string | null;
                    intro?: {
                        en?: string;
                        fr?: string;
                        nl?: string;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Branding"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadBrandHero: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "image/jpeg": string;
                "image/png": string;
                "image/webp": string;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Branding"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Content-Type is not one this operation reads. Codes: `unsupported-media-type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteBrandHero: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Branding"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadBrandLogo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "image/jpeg": string;
                "image/png": string;
                "image/webp": string;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Branding"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Content-Type is not one this operation reads. Codes: `unsupported-media-type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteBrandLogo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Branding"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPeople: {
        parameters: {
            query?: {
                /** @description Also return the total number of matches */
                count?: "true" | "false";
                /** @description The nextCursor of the previous page */
                cursor?: string;
                department?: string;
                language?: "nl" | "fr" | "en" | "de";
                limit?: number;
                /** @description Direct reports of this person */
                manager?: string;
                /** @description Matches name, employee number or work email; case and accents do not matter */
                q?: string;
                /** @description A site id (GET /api/v1/people/facets lists them) */
                site?: string;
                /** @description Start date on or after */
                startFrom?: string;
                /** @description Start date on or before */
                startTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Person"][];
                        nextCursor: string | null;
                        total?: number;
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDetail"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBuddy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        current: {
                            name: string;
                            personId: string;
                        } | null;
                        newcomer: boolean;
                        newcomerUntil: string | null;
                        suggestions: {
                            currentBuddies: number;
                            department: string | null;
                            jobTitle: string | null;
                            languages: string[];
                            name: string;
                            personId: string;
                            reasons: {
                                points: number;
                                /** @enum {string} */
                                reason: "site" | "department" | "neighbour" | "language" | "volunteer";
                            }[];
                            score: number;
                            site: string | null;
                            startDate: string;
                            yearsOfService: number;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setBuddy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    buddyPersonId: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        current: {
                            name: string;
                            personId: string;
                        } | null;
                        newcomer: boolean;
                        newcomerUntil: string | null;
                        suggestions: {
                            currentBuddies: number;
                            department: string | null;
                            jobTitle: string | null;
                            languages: string[];
                            name: string;
                            personId: string;
                            reasons: {
                                points: number;
                                /** @enum {string} */
                                reason: "site" | "department" | "neighbour" | "language" | "volunteer";
                            }[];
                            score: number;
                            site: string | null;
                            startDate: string;
                            yearsOfService: number;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPersonTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        past: components["schemas"]["Delivery"][];
                        upcoming: {
                            dueDate: string;
                            journeyName: string;
                            /** @enum {string} */
                            kind: "message" | "task" | "survey_invitation" | "ambassador_invitation";
                            occurrence: string;
                            /** @enum {string} */
                            recipient: "person" | "manager" | "buddy" | "hr" | "team" | "channel";
                            stepId: string;
                            stepName: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportPeople: {
        parameters: {
            query?: {
                /** @description The list separator: `;` (default) is what Excel in a Belgian (nl-BE, fr-BE) locale opens in one click; `,` for English-locale spreadsheets and other tools. The import reads either. */
                delimiter?: ";" | ",";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV; cells that a spreadsheet would run as formulas are prefixed with a quote */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPeopleFacets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        departments: string[];
                        languages: string[];
                        sites: {
                            id: string;
                            name: string;
                            region: string | null;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importPeople: {
        parameters: {
            query?: {
                /** @description A column header to ignore; repeat for several */
                ignore?: string | string[];
                /** @description A client-chosen id under which progress can be read at GET /people/imports/{progressId} */
                progressId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description Imported */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResult"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getImportProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                progressId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        phase: "parsing" | "validating" | "writing" | "done" | "failed";
                        processed: number;
                        total: number;
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPublicAmbassadors: {
        parameters: {
            query?: {
                department?: string;
                language?: "nl" | "fr" | "en" | "de";
                limit?: number;
                offset?: number | null;
                region?: "flanders" | "brussels" | "wallonia" | "abroad";
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PublicAmbassador"][];
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFormToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        formToken: string;
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    askPublicQuestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    ambassadorId: string;
                    /** Format: email */
                    email: string;
                    formToken: string;
                    /**
                     * @default en
                     * @enum {string}
                     */
                    language?: "nl" | "fr" | "en";
                    name: string;
                    question: string;
                    /** Format: uuid */
                    storyId?: string | null;
                    website?: string;
                };
            };
        };
        responses: {
            /** @description Accepted for relay */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPublicStories: {
        parameters: {
            query?: {
                department?: string;
                language?: "nl" | "fr" | "en" | "de";
                limit?: number;
                offset?: number | null;
                region?: "flanders" | "brussels" | "wallonia" | "abroad";
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PublicStory"][];
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRecognitions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Recognition"][];
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listResources: {
        parameters: {
            query?: {
                archived?: "true" | "false";
                kind?: "tip" | "guideline" | "training";
                language?: "nl" | "fr" | "en" | "de";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Resource"][];
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createResource: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    archived?: boolean;
                    /** @default  */
                    body?: string;
                    /** @enum {string} */
                    kind: "tip" | "guideline" | "training";
                    /** @enum {string} */
                    language: "nl" | "fr" | "en" | "de";
                    title: string;
                    url?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    archived?: boolean;
                    /** @default  */
                    body?: string;
                    /** @enum {string} */
                    kind: "tip" | "guideline" | "training";
                    /** @enum {string} */
                    language: "nl" | "fr" | "en" | "de";
                    title: string;
                    url?: string | null;
                };
            };
        };
        responses: {
            /** @description Saved */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markResourceDone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Marked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unmarkResourceDone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unmarked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getResourceCompletion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ambassadors: number;
                        trainings: {
                            completed: {
                                at: string;
                                name: string;
                                personId: string;
                            }[];
                            id: string;
                            language: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listScimTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ScimToken"][];
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createScimToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimToken"] & {
                        token: string;
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeScimToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSites: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Site"][];
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    country?: string;
                    name?: string;
                    /** @enum {string|null} */
                    region?: "flanders" | "brussels" | "wallonia" | "abroad" | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Site"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSsoSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SsoSettings"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putSsoSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SsoSettingsBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SsoSettings"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSsoSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkSsoConnection: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The issuer to check; left out: the saved one */
                    issuer?: string;
                    /** @enum {string} */
                    preset?: "entra" | "google" | "generic";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SsoCheckResult"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listStories: {
        parameters: {
            query?: {
                author?: string;
                before?: string;
                language?: "nl" | "fr" | "en" | "de";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Story"][];
                        nextBefore: string | null;
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Story"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateStory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /** @enum {string} */
                    language: "nl" | "fr" | "en" | "de";
                    /**
                     * @description internal: seen by colleagues only; external: also by candidates and the public
                     * @enum {string}
                     */
                    scope: "internal" | "external";
                    title: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Story"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteStory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    hideStory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Story"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    showStory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Story"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSurveys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SurveySummary"][];
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyCreate"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSurveyCampaigns: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SurveyCampaign"][];
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendSurveyCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    segment: components["schemas"]["CampaignSegment"];
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyCampaign"] & {
                        /** @description In the segment, invited before */
                        alreadyInvited: number;
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewSurveyCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    segment: components["schemas"]["CampaignSegment"];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description People in the segment who already have an invitation to this survey */
                        alreadyInvited: number;
                        /** @description Current people with an address in the segment, not yet invited */
                        invitees: number;
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    openSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewSurvey: {
        parameters: {
            query?: {
                language?: "nl" | "fr" | "en";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The form as HTML */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addSurveyQuestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyQuestionBody"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSurveyQuestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                questionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSurveyQuestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                questionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyQuestionPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addSurveyQuestionsFromLibrary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyQuestionsFromLibrary"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reorderSurveyQuestions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyQuestionOrder"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSurveyResults: {
        parameters: {
            query?: {
                /** @description The dimension of the heatmap (its columns are the questions). */
                breakdown?: components["schemas"]["SurveyDimension"] & unknown;
                /** @description One segment value the results are limited to, as `dimension=value` with the value URL-encoded (e.g. `department=Finance`, `site=<uuid>`, `department=` for not known). Missing or empty: everyone in the viewer's scope. */
                filter?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyResults"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportSurveyResults: {
        parameters: {
            query?: {
                /** @description The dimension of the heatmap (its columns are the questions). */
                breakdown?: components["schemas"]["SurveyDimension"] & unknown;
                /** @description `;` (default, Belgian Excel) or `,` */
                delimiter?: ";" | ",";
                /** @description One segment value the results are limited to, as `dimension=value` with the value URL-encoded (e.g. `department=Finance`, `site=<uuid>`, `department=` for not known). Missing or empty: everyone in the viewer's scope. */
                filter?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSurveyComments: {
        parameters: {
            query?: {
                /** @description One segment value the results are limited to, as `dimension=value` with the value URL-encoded (e.g. `department=Finance`, `site=<uuid>`, `department=` for not known). Missing or empty: everyone in the viewer's scope. */
                filter?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyComments"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSurveySegments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveySegments"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSurveyTrend: {
        parameters: {
            query?: {
                /** @description `period`: per quarter in which the answers were given; `start_cohort`: per quarter in which the respondents started. */
                by?: "period" | "start_cohort";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyTrend"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSurveyLibrary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyLibrary"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSurveySettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveySettings"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSurveySettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    retentionMonths: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveySettings"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    checklist?: {
                        done: boolean;
                        label: string;
                    }[];
                    completed?: boolean;
                };
            };
        };
        responses: {
            /** @description Saved */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApiToken"][];
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"] & {
                        token: string;
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["User"][];
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    disabled?: boolean;
                    /** @enum {string} */
                    role?: "admin" | "coordinator" | "manager" | "employee";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDetail"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replayWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDetail"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WebhookEndpoint"][];
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    description?: string;
                    /** @default [] */
                    eventTypes?: ("person.created" | "person.updated" | "person.left" | "ambassador.joined" | "ambassador.left" | "story.published" | "story.hidden" | "question.asked" | "survey.completed" | "task.completed")[];
                    /**
                     * @description https:// (http:// and private addresses only with EMBASSY_ALLOW_PRIVATE_URLS=1)
                     * @example https://hr.example.be/hooks/embassy
                     */
                    url: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    /** @description false disables it; true enables it again and resets the failure streak */
                    enabled?: boolean;
                    eventTypes?: ("person.created" | "person.updated" | "person.left" | "ambassador.joined" | "ambassador.left" | "story.published" | "story.hidden" | "question.asked" | "survey.completed" | "task.completed")[];
                    /**
                     * @description https:// (http:// and private addresses only with EMBASSY_ALLOW_PRIVATE_URLS=1)
                     * @example https://hr.example.be/hooks/embassy
                     */
                    url?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Paging: the nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                status?: "pending" | "delivered" | "failed" | "cancelled";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WebhookDelivery"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    testWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDetail"];
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a duplicate, the last admin, ...). Codes: `conflict`, `already-exists`, `choose-organisation`, `already-has-account`, `last-admin`, `already-ambassador`, `slug-taken`, `already-has-buddy`, `site-name-taken`, `survey-has-answers`, `survey-minimum-locked`, `survey-not-draft`, `survey-not-open`, `webhook-endpoint-disabled`, `webhook-delivery-pending`, `chat-channel-in-use`, `bulk-invitations-sso-required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. Codes: `payload-too-large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookEventTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WebhookEventType"][];
                    };
                };
            };
            /** @description The request is malformed or has unknown fields. Codes: `validation-failed`, `bad-request`, `invalid-json`, `unstorable-text`, `invalid-url-encoding`, `invalid-cursor`, `range-too-long`, `invalid-value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is unknown or revoked. Codes: `unauthorized`, `wrong-credentials`, `invalid-api-token`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed (or the CSRF token is missing). Codes: `forbidden`, `csrf-token-invalid`, `sso-required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation. Codes: `not-found`, `no-route`, `invitation-unavailable`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is well-formed but cannot be accepted; `errors` says where. Codes: `unprocessable`, `person-not-linked`, `sensitive-person-internal-only`, `behind-the-scenes-internal-only`, `not-an-ambassador`, `story-scope-follows-ambassador`, `behind-the-scenes-no-photo`, `not-own-image`, `buddy-is-newcomer`, `buddy-in-reporting-line`, `not-a-newcomer`, `form-too-fast`, `form-expired`, `step-incomplete`, `journey-incomplete`, `unknown-template`, `survey-no-questions`, `cannot-thank-yourself`, `invalid-or-expired-token`, `password-rejected`, `no-email-address`, `csv-invalid`, `unknown-reference`, `missing-value`, `value-not-allowed`, `image-too-large`, `not-an-image`, `post-hidden`, `event-closed`, `event-role-unknown`, `event-role-in-use`, `sso-secret-required`, `sso-secret-reenter`, `sso-invalid-issuer`, `sso-break-glass-invalid`, `sso-lockout`, `sso-discovery-failed`, `webhook-url-refused`, `chat-url-wrong-host`, `chat-url-refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After. Codes: `too-many-requests`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
