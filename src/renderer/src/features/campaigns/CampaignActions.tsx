import { ActionIcon, Menu } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { outbox } from '../../client'
import { campaignReceived, campaignRemoved } from '../../store/campaigns/actions'
import type { CampaignView } from '../../store/campaigns/state'
import { errorOf } from '../../store/errorOf'
import { campaignOpened } from '../../store/ui/actions'
import { ConfirmModal } from '../common/ConfirmModal'

/** The per-row menu of the campaign list: only the actions the status allows. */
export function CampaignActions({ campaign }: { campaign: CampaignView }) {
  const { t } = useTranslation()
  const [deleting, setDeleting] = useState(false)
  const attempt = async (action: () => Promise<void>) => {
    try {
      await action()
    } catch (e) {
      notifications.show({ color: 'red', message: errorOf(e).message })
    }
  }
  const id = campaign.id
  const status = campaign.status

  // The row opens the campaign on click; nothing in here (portals included) may reach it.
  return (
    <div onClick={(e) => e.stopPropagation()}>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon
            variant="subtle"
            aria-label={t('campaigns.actions.menu', { name: campaign.name })}
            data-testid={`campaign-actions-${id}`}
          >
            ⋯
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => campaignOpened(id)}>
            {status === 'draft' ? t('campaigns.actions.edit') : t('campaigns.actions.open')}
          </Menu.Item>
          {status === 'scheduled' && (
            <>
              <Menu.Item
                onClick={() =>
                  void attempt(async () => campaignReceived(await outbox().campaigns.start({ id })))
                }
                data-testid={`campaign-start-now-${id}`}
              >
                {t('campaigns.schedule.startNow')}
              </Menu.Item>
              <Menu.Item
                onClick={() =>
                  void attempt(async () =>
                    campaignReceived(await outbox().campaigns.unschedule({ id })),
                  )
                }
                data-testid={`campaign-unschedule-${id}`}
              >
                {t('campaigns.schedule.unschedule')}
              </Menu.Item>
            </>
          )}
          {status === 'sending' && (
            <Menu.Item
              onClick={() =>
                void attempt(async () => campaignReceived(await outbox().campaigns.pause({ id })))
              }
            >
              {t('campaigns.monitor.pause')}
            </Menu.Item>
          )}
          {status === 'paused' && (
            <Menu.Item
              onClick={() =>
                void attempt(async () => campaignReceived(await outbox().campaigns.resume({ id })))
              }
            >
              {t('campaigns.monitor.resume')}
            </Menu.Item>
          )}
          <Menu.Item
            onClick={() =>
              void attempt(async () => {
                const copy = await outbox().campaigns.duplicate({ id })
                campaignReceived(copy)
                notifications.show({
                  message: t('campaigns.actions.duplicated', { name: copy.name }),
                })
              })
            }
            data-testid={`campaign-duplicate-${id}`}
          >
            {t('campaigns.actions.duplicate')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item
            color="red"
            disabled={status === 'sending'}
            onClick={() => setDeleting(true)}
            data-testid={`campaign-delete-${id}`}
          >
            {status === 'sending'
              ? t('campaigns.actions.deleteWhileSending')
              : t('campaigns.actions.delete')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ConfirmModal
        opened={deleting}
        onClose={() => setDeleting(false)}
        title={t('campaigns.actions.deleteTitle', { name: campaign.name })}
        body={t('campaigns.actions.deleteBody')}
        confirmLabel={t('campaigns.actions.delete')}
        onConfirm={async () => {
          await outbox().campaigns.delete({ id })
          campaignRemoved(id)
        }}
      />
    </div>
  )
}
