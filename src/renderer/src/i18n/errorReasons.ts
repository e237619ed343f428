/**
 * The engine's errors in the user's words, one per reason of shared/errorReasons.ts (with its
 * dots as underscores). The i18n test fails when the engine can give a reason missing here.
 * `part` is a part of the letter and `status` a campaign status: the window words those too.
 */
import type { Translation } from './translation'

export const en = {
  template_missingVariable:
    'The template ({{part}}, line {{line}}, column {{column}}) uses “{{variable}}”, but this recipient has no value for it.',
  template_unknownHelper:
    'The template ({{part}}, line {{line}}, column {{column}}) calls “{{helper}}”, which templates cannot use: only if, unless, each, with and lookup.',
  template_mismatch:
    'The template ({{part}}, line {{line}}, column {{column}}) opens a “{{open}}” block but closes it with “/{{close}}”.',
  template_syntax:
    'The template ({{part}}, line {{line}}, column {{column}}) is not written correctly: check the braces and tags there.',
  template_unusable: 'The template ({{part}}) cannot be used as it is.',
  template_noUnsubscribeTarget:
    'The letter ({{part}}) has an unsubscribe link, but the campaign does not say where it leads yet: fill in “Unsubscribe page” or “Unsubscribe address” under Unsubscribe, in the Message step.',
  template_notAvailable:
    'The template ({{part}}, line {{line}}, column {{column}}) reads “{{variable}}” as if a value had parts; a recipient’s value is text: write the column’s name alone.',
  template_nestedTooDeep:
    'The template ({{part}}, line {{line}}) puts more than {{max}} blocks (#if, #each, #with…) inside one another. Close some of them earlier.',
  template_htmlTooDeep:
    'The template ({{part}}, line {{line}}) puts more than {{max}} HTML tags inside one another; mail programs cannot show it. Check for tags that are opened but never closed.',
  template_renderedTooLarge:
    'The message made from the template ({{part}}) would be larger than {{maxMb}} MB for this recipient: a loop writes too much. No server would take it.',
  template_tooSlow:
    'The template ({{part}}) takes longer than {{seconds}} s to fill in for one recipient: its loops repeat too often (an #each inside another #each?).',
  campaign_notFound: 'This campaign no longer exists.',
  campaign_deleteWhileSending:
    'A campaign cannot be deleted while it is sending. Pause or cancel it first.',
  campaign_noRecipients:
    'The campaign “{{name}}” has no recipients yet. Add some before starting it.',
  campaign_notDraft:
    'The campaign “{{name}}” is {{status}}: only a draft can be changed. Duplicate it to make a new draft.',
  campaign_visualLetter:
    'This letter is written in the visual editor. Turn it into HTML first if you want to edit its code.',
  campaign_cannotStart:
    'The campaign “{{name}}” is {{status}}: only a draft or a scheduled campaign can be started.',
  campaign_alreadyStarting:
    'The campaign “{{name}}” is already starting: its recipients are being checked. Wait a moment.',
  campaign_changedWhileStarting:
    'The campaign “{{name}}” was changed while its recipients were being checked. Nothing was sent: start it again.',
  campaign_cannotSchedule: 'The campaign “{{name}}” is {{status}}: only a draft can be scheduled.',
  campaign_scheduleNotFuture:
    'That time has already passed. Choose a time in the future, or start the campaign now.',
  campaign_notScheduled: 'The campaign “{{name}}” is {{status}}, not scheduled.',
  campaign_cancelledNoRequeue:
    'The campaign “{{name}}” was cancelled: nothing of it is sent again. Duplicate it to send to these recipients.',
  campaign_preflightFailed_one:
    'The campaign cannot start: the message cannot be made for {{count}} recipient.',
  campaign_preflightFailed_other:
    'The campaign cannot start: the message cannot be made for {{count}} recipients.',
  campaign_cannotMove: 'The campaign is {{status}} now, so it cannot become {{to}}.',
  campaign_tooManyImages: 'A campaign can hold at most {{max}} images.',
  campaign_tooManyAttachments: 'A campaign can hold at most {{max}} attachments.',
  campaign_imageNotFound: 'The image “{{cid}}” is no longer in this campaign.',
  campaign_attachmentNotFound: 'This attachment is no longer in the campaign.',
  campaign_fromAccountNotListed:
    'The account whose From every email carries must be one of the campaign’s accounts.',
  recipient_notFound: 'The recipient {{recipient}} is not in this campaign.',
  letterTemplate_notFound: 'This template no longer exists.',
  recipients_none: 'The file has no recipient that can be used.',
  delivery_suppressed_one:
    '{{count}} address is on the “Do not send” list (the server said its mailbox does not exist), so it is not sent again. Remove it from that list first if you are sure it works now.',
  delivery_suppressed_other:
    'These {{count}} addresses are on the “Do not send” list (the server said the mailboxes do not exist), so they are not sent again. Remove them from that list first if you are sure they work now.',
  recipients_allExcluded:
    'No recipient can be used: every address is a repeat or on the do-not-send list.',
  recipients_noEmailColumn: 'No column of email addresses was found. Choose the email column.',
  recipients_unreadable: 'The file cannot be read as a table (CSV).',
  recipients_empty: 'The file is empty.',
  recipients_duplicateColumns:
    'Two columns in the first row have the same name. Rename one of them.',
  recipients_missingColumn: 'The file has no column “{{column}}”.',
  account_notFound: 'This SMTP account no longer exists.',
  account_inUse:
    'The account “{{name}}” is used by unfinished campaigns: {{campaigns}}. Finish, cancel or delete them, or move the drafts to another account first.',
  account_builtin: 'The test inbox account is built into Outbox and cannot be changed or removed.',
  account_deleted:
    'The SMTP account “{{name}}” was deleted. Choose another account for this campaign.',
  dkim_needsKey: 'DKIM signing needs a private key.',
  dkim_notPem:
    'The DKIM key must be a private key in PEM format (it starts with -----BEGIN PRIVATE KEY-----).',
  dkim_encrypted: 'The DKIM key is protected by a passphrase. Give it without one.',
  dkim_unreadable: 'The DKIM key cannot be read.',
  dkim_notRsa: 'The DKIM key is of type {{type}}; signing here needs an RSA key.',
  dkim_tooShort: 'The DKIM key has {{bits}} bits; at least {{min}} are needed (2048 is better).',
  inbox_notFound: 'This message is no longer in the test inbox.',
  mailbox_messageNotFound: 'This message is no longer among the ones read from the mailbox.',
  sender_locked:
    'Another Outbox (process {{pid}} on {{hostname}}) is already sending from this data folder. Close it first, or use another data folder.',
  input_invalid: 'The request “{{command}}” had values the engine cannot accept.',
  request_tooLarge: 'This is too large for Outbox: a file can be at most {{maxMb}} MB.',
  request_notJson: 'Outbox did not take this request: it was not sent as JSON.',
}

export const ru: Translation<typeof en> = {
  template_missingVariable:
    'Шаблон ({{part}}, строка {{line}}, позиция {{column}}) использует «{{variable}}», а у этого получателя такого значения нет.',
  template_unknownHelper:
    'Шаблон ({{part}}, строка {{line}}, позиция {{column}}) вызывает «{{helper}}», а в шаблонах можно только if, unless, each, with и lookup.',
  template_mismatch:
    'Шаблон ({{part}}, строка {{line}}, позиция {{column}}) открывает блок «{{open}}», а закрывает его тегом «/{{close}}».',
  template_syntax:
    'Шаблон ({{part}}, строка {{line}}, позиция {{column}}) записан с ошибкой: проверьте там фигурные скобки и теги.',
  template_unusable: 'Шаблон ({{part}}) нельзя использовать в таком виде.',
  template_noUnsubscribeTarget:
    'В письме ({{part}}) есть ссылка для отписки, но у рассылки пока не указано, куда она ведёт: заполните «Страницу отписки» или «Адрес для отписки» в разделе «Отписка» на шаге «Письмо».',
  template_notAvailable:
    'Шаблон ({{part}}, строка {{line}}, позиция {{column}}) читает «{{variable}}» так, будто у значения есть части; значение получателя — это текст: напишите имя столбца без добавок.',
  template_nestedTooDeep:
    'В шаблоне ({{part}}, строка {{line}}) больше {{max}} блоков (#if, #each, #with…) вложено друг в друга. Закройте часть из них раньше.',
  template_htmlTooDeep:
    'В шаблоне ({{part}}, строка {{line}}) больше {{max}} HTML-тегов вложено друг в друга — почтовые программы такое не покажут. Проверьте, нет ли тегов, которые открыты и не закрыты.',
  template_renderedTooLarge:
    'Письмо по шаблону ({{part}}) для этого получателя вышло бы больше {{maxMb}} МБ: цикл пишет слишком много. Такое письмо не примет ни один сервер.',
  template_tooSlow:
    'Шаблон ({{part}}) заполняется для одного получателя дольше {{seconds}} с: его циклы повторяются слишком много раз (нет ли #each внутри другого #each?).',
  campaign_notFound: 'Этой рассылки больше нет.',
  campaign_deleteWhileSending:
    'Рассылку нельзя удалить, пока она отправляется. Сначала приостановите или отмените её.',
  campaign_noRecipients: 'В рассылке «{{name}}» пока нет получателей. Добавьте их перед запуском.',
  campaign_notDraft:
    'Рассылка «{{name}}» — {{status}}: менять можно только черновик. Сделайте копию, чтобы получить новый черновик.',
  campaign_visualLetter:
    'Это письмо собрано в визуальном редакторе. Чтобы править его код, сначала превратите его в HTML.',
  campaign_cannotStart:
    'Рассылка «{{name}}» — {{status}}: запустить можно только черновик или запланированную рассылку.',
  campaign_alreadyStarting:
    'Рассылка «{{name}}» уже запускается: получатели проверяются. Подождите немного.',
  campaign_changedWhileStarting:
    'Рассылку «{{name}}» изменили, пока проверялись получатели. Ничего не отправлено: запустите её снова.',
  campaign_cannotSchedule: 'Рассылка «{{name}}» — {{status}}: запланировать можно только черновик.',
  campaign_scheduleNotFuture:
    'Это время уже прошло. Выберите время в будущем или запустите рассылку сейчас.',
  campaign_notScheduled: 'Рассылка «{{name}}» — {{status}}, она не запланирована.',
  campaign_cancelledNoRequeue:
    'Рассылка «{{name}}» отменена: её письма больше не отправляются. Чтобы отправить их этим получателям, создайте копию рассылки.',
  campaign_preflightFailed_one:
    'Рассылку нельзя запустить: письмо не собирается для {{count}} получателя.',
  campaign_preflightFailed_few:
    'Рассылку нельзя запустить: письмо не собирается для {{count}} получателей.',
  campaign_preflightFailed_many:
    'Рассылку нельзя запустить: письмо не собирается для {{count}} получателей.',
  campaign_preflightFailed_other:
    'Рассылку нельзя запустить: письмо не собирается для {{count}} получателя.',
  campaign_cannotMove: 'Рассылка сейчас в состоянии «{{status}}» и не может перейти в «{{to}}».',
  campaign_tooManyImages: 'В рассылке может быть не больше {{max}} изображений.',
  campaign_tooManyAttachments: 'В рассылке может быть не больше {{max}} вложений.',
  campaign_imageNotFound: 'Изображения «{{cid}}» в этой рассылке больше нет.',
  campaign_attachmentNotFound: 'Этого вложения в рассылке больше нет.',
  campaign_fromAccountNotListed:
    'Отправитель для всех писем должен быть из учётных записей этой рассылки.',
  recipient_notFound: 'Получателя {{recipient}} в этой рассылке нет.',
  letterTemplate_notFound: 'Этого шаблона больше нет.',
  recipients_none: 'В файле нет ни одного получателя, которого можно взять.',
  delivery_suppressed_one:
    '{{count}} адрес в списке «Не отправлять» (сервер ответил, что такого ящика нет), поэтому повторно письмо не отправляется. Если вы уверены, что адрес теперь работает, сначала уберите его из этого списка.',
  delivery_suppressed_few:
    '{{count}} адреса в списке «Не отправлять» (сервер ответил, что таких ящиков нет), поэтому повторно письма не отправляются. Если вы уверены, что адреса теперь работают, сначала уберите их из этого списка.',
  delivery_suppressed_many:
    '{{count}} адресов в списке «Не отправлять» (сервер ответил, что таких ящиков нет), поэтому повторно письма не отправляются. Если вы уверены, что адреса теперь работают, сначала уберите их из этого списка.',
  delivery_suppressed_other:
    '{{count}} адреса в списке «Не отправлять», поэтому повторно письма не отправляются. Если вы уверены, что адреса теперь работают, сначала уберите их из этого списка.',
  recipients_allExcluded:
    'Добавить некого: каждый адрес либо повторяется, либо в списке «Не отправлять».',
  recipients_noEmailColumn: 'Не найден столбец с адресами. Выберите столбец с email.',
  recipients_unreadable: 'Файл не читается как таблица (CSV).',
  recipients_empty: 'Файл пустой.',
  recipients_duplicateColumns:
    'В первой строке два столбца называются одинаково. Переименуйте один из них.',
  recipients_missingColumn: 'В файле нет столбца «{{column}}».',
  account_notFound: 'Этой учётной записи SMTP больше нет.',
  account_inUse:
    'Учётной записью «{{name}}» пользуются незавершённые рассылки: {{campaigns}}. Завершите, отмените или удалите их либо переведите черновики на другую учётную запись.',
  account_builtin:
    'Учётная запись тестового ящика встроена в Outbox, её нельзя изменить или удалить.',
  account_deleted: 'Учётная запись SMTP «{{name}}» удалена. Выберите для рассылки другую.',
  dkim_needsKey: 'Для подписи DKIM нужен закрытый ключ.',
  dkim_notPem:
    'Ключ DKIM должен быть закрытым ключом в формате PEM (начинается с -----BEGIN PRIVATE KEY-----).',
  dkim_encrypted: 'Ключ DKIM защищён паролем. Укажите ключ без пароля.',
  dkim_unreadable: 'Ключ DKIM не удаётся прочитать.',
  dkim_notRsa: 'Ключ DKIM типа {{type}}, а для подписи нужен ключ RSA.',
  dkim_tooShort: 'В ключе DKIM {{bits}} бит, а нужно не меньше {{min}} (лучше 2048).',
  inbox_notFound: 'Этого письма в тестовом ящике больше нет.',
  mailbox_messageNotFound: 'Этого письма больше нет среди прочитанных из почтового ящика.',
  sender_locked:
    'Из этой папки данных уже отправляет другой Outbox (процесс {{pid}} на {{hostname}}). Сначала закройте его или выберите другую папку данных.',
  input_invalid: 'Запрос «{{command}}» пришёл со значениями, которые программа не может принять.',
  request_tooLarge: 'Это слишком много для Outbox: файл может быть не больше {{maxMb}} МБ.',
  request_notJson: 'Outbox не принял запрос: он пришёл не в формате JSON.',
}
