/**
 * Words for what Outbox reads back from an account's mailbox: the kinds of message, why reading
 * failed and at which step (the connection test and the reader's standing say it alike), and the
 * viewer of one message. Russian must have the same keys (the compiler checks).
 */
import type { Translation } from '../../i18n/translation'

export const en = {
  kinds: {
    bounce: 'Bounce',
    autoReply: 'Auto-reply',
    reply: 'Reply',
    unsubscribe: 'Unsubscribe request',
  },
  severity: {
    hard: 'Hard bounce',
    soft: 'Soft bounce',
  },
  reasons: {
    dns: 'The mail server’s name could not be found. Check the host for typing mistakes.',
    refused:
      'The server refused the connection. Check the port, and that the server accepts connections from your network.',
    tls: 'A secure connection could not be set up. Try the other security option with its usual port (993 for TLS, 143 for STARTTLS).',
    auth: 'The server did not accept the login or password. Some providers want an app password for IMAP, or IMAP turned on in the mailbox’s settings.',
    timeout:
      'The server did not answer in time. Check the host and port; a firewall may be blocking them.',
    greeting:
      'Something answered on that port, but not like an IMAP server. Check the port and the security option.',
    network: 'The connection broke off. Check your internet connection and try again.',
    folder: 'A folder could not be opened. Check the names of the folders to watch.',
    closed: 'The server closed the connection before it was done.',
    secret:
      'The saved password cannot be read on this computer. Type the password again and save the account.',
  },
  steps: {
    dns: 'Step that failed: finding the server by its name (DNS).',
    connect: 'Step that failed: connecting to the server.',
    tls: 'Step that failed: setting up the secure connection (TLS).',
    greeting: 'Step that failed: the server’s greeting.',
    login: 'Step that failed: signing in.',
    folder: 'Step that failed: opening the folders.',
  },
  timeoutAfter: 'No answer came within {{seconds}} s.',
  unknown: 'Reading the mailbox failed.',
  detail: 'Details:',
  viewer: {
    title: 'Message from the mailbox',
    loading: 'Opening the message…',
    failed: 'Could not open this message',
    from: 'From',
    subject: 'Subject',
    received: 'Received',
    folder: 'Folder',
    recipient: 'Recipient',
    status: 'Status',
    diagnostic: 'The server said',
    truncated: 'This message is large: only its first megabyte was kept.',
    showRecipient: 'Show {{email}} in the recipients table',
  },
}

export const ru: Translation<typeof en> = {
  kinds: {
    bounce: 'Возврат',
    autoReply: 'Автоответ',
    reply: 'Ответ',
    unsubscribe: 'Просьба об отписке',
  },
  severity: {
    hard: 'Постоянный возврат',
    soft: 'Временный возврат',
  },
  reasons: {
    dns: 'Почтовый сервер с таким именем не найден. Проверьте, нет ли опечатки в адресе сервера.',
    refused:
      'Сервер отклонил подключение. Проверьте порт и то, что сервер принимает подключения из вашей сети.',
    tls: 'Не удалось установить защищённое соединение. Попробуйте другой вариант защиты с его обычным портом (993 для TLS, 143 для STARTTLS).',
    auth: 'Сервер не принял логин или пароль. Некоторые провайдеры требуют для IMAP пароль приложения или включённый IMAP в настройках ящика.',
    timeout:
      'Сервер не ответил вовремя. Проверьте адрес и порт: возможно, их блокирует брандмауэр.',
    greeting:
      'На этом порту кто-то ответил, но не как сервер IMAP. Проверьте порт и вариант защиты.',
    network: 'Соединение оборвалось. Проверьте подключение к интернету и попробуйте ещё раз.',
    folder: 'Не удалось открыть папку. Проверьте названия папок, которые нужно читать.',
    closed: 'Сервер закрыл соединение раньше, чем всё было сделано.',
    secret:
      'Сохранённый пароль не удаётся прочитать на этом компьютере. Введите пароль заново и сохраните учётную запись.',
  },
  steps: {
    dns: 'Не удался шаг: поиск сервера по имени (DNS).',
    connect: 'Не удался шаг: подключение к серверу.',
    tls: 'Не удался шаг: установка защищённого соединения (TLS).',
    greeting: 'Не удался шаг: приветствие сервера.',
    login: 'Не удался шаг: вход.',
    folder: 'Не удался шаг: открытие папок.',
  },
  timeoutAfter: 'Ответа не было {{seconds}} с.',
  unknown: 'Прочитать почтовый ящик не удалось.',
  detail: 'Подробности:',
  viewer: {
    title: 'Письмо из почтового ящика',
    loading: 'Открываем письмо…',
    failed: 'Не удалось открыть это письмо',
    from: 'От',
    subject: 'Тема',
    received: 'Получено',
    folder: 'Папка',
    recipient: 'Получатель',
    status: 'Код',
    diagnostic: 'Ответ сервера',
    truncated: 'Письмо большое: сохранён только его первый мегабайт.',
    showRecipient: 'Показать {{email}} в таблице получателей',
  },
}
