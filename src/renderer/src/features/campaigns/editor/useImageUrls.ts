import { useCallback, useEffect, useState } from 'react'
import { outbox } from '@renderer/client'

/**
 * The campaign's images as data: URLs, for the visual editor to show: fetched once per image
 * (a new upload under the same cid has another size, so it is fetched again). The function
 * returned changes only when an image arrives, so the editor redraws image blocks only then.
 */
export function useImageUrls(
  campaignId: number,
  images: readonly { cid: string; size: number }[],
): (cid: string) => string | undefined {
  const [urls, setUrls] = useState<Map<string, string>>(() => new Map())
  const wanted = images.map((i) => `${i.cid}\u0000${i.size}`).join('\u0001')

  useEffect(() => {
    let live = true
    for (const { cid, size } of images) {
      const key = `${cid}\u0000${size}`
      if (urls.has(key)) continue
      outbox()
        .campaigns.image({ id: campaignId, cid })
        .then((image) => {
          if (!live) return
          const url = `data:${image.contentType};base64,${image.dataBase64}`
          setUrls((before) => new Map(before).set(key, url))
        })
        .catch(() => {}) // removed meanwhile: the block shows its placeholder
    }
    return () => {
      live = false
    }
    // `wanted` stands for `images`; `urls` is read, not followed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [campaignId, wanted])

  return useCallback(
    (cid: string) => {
      const image = images.find((i) => i.cid === cid)
      return image ? urls.get(`${cid}\u0000${image.size}`) : undefined
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [urls, wanted],
  )
}
