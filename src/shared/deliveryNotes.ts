/**
 * The engine's own words in a delivery's last reply when no server answered. They are not a
 * server's words to show as they came: the window words them in the user's language.
 */
export const APP_STOPPED_NOTE = 'The app stopped while this message was being handed over'
