/** A server's reply as it wrote it, its code in front once (nodemailer's text may carry it). */
export function smtpReply(code: number | null, response: string): string {
  return code === null || response.startsWith(String(code)) ? response : `${code} ${response}`
}
